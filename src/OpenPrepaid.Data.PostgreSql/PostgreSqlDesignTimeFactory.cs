using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenPrepaid.Data.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model of the database; no server is contacted to add a migration.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<OpenPrepaidDbContext>
{
    public OpenPrepaidDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<OpenPrepaidDbContext>();
        OpenPrepaidDatabase.Configure(builder, "Host=127.0.0.1;Database=openprepaid_design_time");
        return new OpenPrepaidDbContext(builder.Options);
    }
}
