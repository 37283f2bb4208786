using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenPrepaid.Web.Identity;

/// <summary>Lets <c>dotnet ef</c> build the SQLite identity model; no database is opened to add a migration.</summary>
public sealed class SqliteIdentityDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIdentityStoreDbContext>
{
    public SqliteIdentityStoreDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteIdentityStoreDbContext>();
        IdentityDatabase.Configure(builder, "Data Source=openprepaid-design-time.db");
        return new SqliteIdentityStoreDbContext(builder.Options);
    }
}
