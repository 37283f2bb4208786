using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenPrepaid.Data;

namespace OpenPrepaid.Web.Identity;

/// <summary>Registers the identity context for the provider the connection string selects, and migrates it.</summary>
public static class IdentityDatabase
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);

        return OpenPrepaidDatabase.ProviderOf(connectionString) == DatabaseProvider.PostgreSql
            ? builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(IdentityStoreDbContext.MigrationsHistoryTable))
            : builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(IdentityStoreDbContext.MigrationsHistoryTable));
    }

    public static IServiceCollection AddIdentityStore(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);

        if (OpenPrepaidDatabase.ProviderOf(connectionString) == DatabaseProvider.PostgreSql)
        {
            services.AddDbContext<IdentityStoreDbContext, PostgreSqlIdentityStoreDbContext>(o => Configure(o, connectionString));
        }
        else
        {
            services.AddDbContext<IdentityStoreDbContext, SqliteIdentityStoreDbContext>(o => Configure(o, connectionString));
        }

        return services;
    }

    /// <summary>Applies the identity migrations; call it after the domain database is migrated (which creates a SQLite file's folder).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
