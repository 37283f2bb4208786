using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OpenPrepaid.Data;

/// <summary>Chooses the database provider from a connection string and brings the schema up to date.</summary>
public static class OpenPrepaidDatabase
{
    /// <summary>Assemblies holding each provider's migrations; the host must reference both projects.</summary>
    public const string SqliteMigrationsAssembly = "OpenPrepaid.Data.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "OpenPrepaid.Data.PostgreSql";

    public const string DefaultDatabaseFileName = "openprepaid.db";

    /// <summary>
    /// Returns the provider a connection string selects: PostgreSQL when it has a <c>Host</c> (or
    /// <c>Server</c>) key, SQLite when it has <c>Data Source</c> (or <c>Filename</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The string selects neither.</exception>
    public static DatabaseProvider ProviderOf(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (builder.ContainsKey("Host") || builder.ContainsKey("Server"))
        {
            return DatabaseProvider.PostgreSql;
        }

        if (builder.ContainsKey("Data Source") || builder.ContainsKey("DataSource") || builder.ContainsKey("Filename"))
        {
            return DatabaseProvider.Sqlite;
        }

        throw new ArgumentException(
            "The connection string names no database: use 'Host=...;Database=...' for PostgreSQL or 'Data Source=path.db' for SQLite.",
            nameof(connectionString));
    }

    /// <summary>Returns the connection string to use: the configured one, or SQLite in the data folder.</summary>
    public static string ConnectionStringFor(OpenPrepaidDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(options.DataFolder, DefaultDatabaseFileName) }.ToString();
    }

    /// <summary>Configures EF Core for the provider the connection string selects, with that provider's migrations.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);

        return ProviderOf(connectionString) == DatabaseProvider.PostgreSql
            ? builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly))
            : builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
    }

    /// <summary>
    /// Creates the database if needed and applies pending migrations. For SQLite it also creates the file's
    /// folder and turns on write-ahead logging, so that reads go on while a read-all writes snapshots.
    /// </summary>
    public static async Task MigrateAsync(OpenPrepaidDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        if (db.Database.IsSqlite())
        {
            var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
