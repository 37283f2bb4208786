using Microsoft.Data.Sqlite;

namespace OpenPrepaid.Data.Tests;

/// <summary>SQLite in a temporary file, as the product uses it by default.</summary>
public sealed class SqliteFixture : DatabaseFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync() =>
        Task.FromResult(new SqliteConnectionStringBuilder { DataSource = Path.Combine(Folder, "suite.db") }.ToString());

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}
