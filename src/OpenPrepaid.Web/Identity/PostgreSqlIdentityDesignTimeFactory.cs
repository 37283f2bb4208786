using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenPrepaid.Web.Identity;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL identity model; no server is contacted to add a migration.</summary>
public sealed class PostgreSqlIdentityDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlIdentityStoreDbContext>
{
    public PostgreSqlIdentityStoreDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgreSqlIdentityStoreDbContext>();
        IdentityDatabase.Configure(builder, "Host=127.0.0.1;Database=openprepaid_design_time");
        return new PostgreSqlIdentityStoreDbContext(builder.Options);
    }
}
