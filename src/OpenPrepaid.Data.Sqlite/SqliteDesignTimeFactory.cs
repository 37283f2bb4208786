using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenPrepaid.Data.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model of the database; no database is opened to add a migration.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<OpenPrepaidDbContext>
{
    public OpenPrepaidDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<OpenPrepaidDbContext>();
        OpenPrepaidDatabase.Configure(builder, "Data Source=openprepaid-design-time.db");
        return new OpenPrepaidDbContext(builder.Options);
    }
}
