using Npgsql;

namespace OpenPrepaid.Data.Tests;

/// <summary>
/// A new database on the PostgreSQL server named by the OPENPREPAID_TEST_PG environment variable, dropped
/// afterwards. Without the variable every PostgreSQL test fails with instructions instead of passing unseen.
/// </summary>
public sealed class PostgreSqlFixture : DatabaseFixture
{
    public const string Variable = "OPENPREPAID_TEST_PG";

    private string? _serverConnectionString;
    private string? _database;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override async Task<string> CreateDatabaseAsync()
    {
        _serverConnectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_serverConnectionString))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL half of the persistence suite cannot run. Start a throwaway server " +
                $"with `eval \"$(scripts/postgres.sh start)\"` (as root), run the tests in that shell, then `scripts/postgres.sh stop`.");
        }

        _database = "openprepaid_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(_serverConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _database }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_serverConnectionString is null || _database is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
