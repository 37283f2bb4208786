using System.Data.Common;
using Microsoft.Data.Sqlite;
using OpenPrepaid.Data;

namespace OpenPrepaid.Cli.Hosting;

/// <summary>The database that <c>--db</c> and <c>--data</c> choose, with a description that is safe to print.</summary>
internal sealed record DatabaseLocation(OpenPrepaidDataOptions Options, string Description)
{
    /// <summary>
    /// Turns the options into data options. A value that names a database as a connection string
    /// (<c>Host=...</c> for PostgreSQL, <c>Data Source=...</c> for SQLite) is used as it is; any other value
    /// is the path of a SQLite file.
    /// </summary>
    /// <exception cref="CommandFailedException">The value looks like a connection string but names no database.</exception>
    public static DatabaseLocation Resolve(string? database, string? dataFolder, Messages messages)
    {
        ArgumentNullException.ThrowIfNull(messages);

        var folder = string.IsNullOrWhiteSpace(dataFolder) ? OpenPrepaidDataOptions.DefaultDataFolder : Path.GetFullPath(dataFolder);
        if (string.IsNullOrWhiteSpace(database))
        {
            var options = new OpenPrepaidDataOptions { DataFolder = folder };
            return new DatabaseLocation(options, Path.Combine(folder, OpenPrepaidDatabase.DefaultDatabaseFileName));
        }

        if (!database.Contains('=', StringComparison.Ordinal))
        {
            var path = Path.GetFullPath(database);
            var connectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
            return new DatabaseLocation(new OpenPrepaidDataOptions { ConnectionString = connectionString, DataFolder = folder }, path);
        }

        DatabaseProvider provider;
        try
        {
            provider = OpenPrepaidDatabase.ProviderOf(database);
        }
        catch (ArgumentException)
        {
            throw new CommandFailedException(ExitCodes.InvalidInput, "InvalidDatabase", messages["InvalidDatabase"]);
        }

        return new DatabaseLocation(new OpenPrepaidDataOptions { ConnectionString = database, DataFolder = folder }, Describe(database, provider));
    }

    /// <summary>Names the database without the password a PostgreSQL connection string may carry.</summary>
    private static string Describe(string connectionString, DatabaseProvider provider)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Value(builder, "Data Source") ?? Value(builder, "DataSource") ?? Value(builder, "Filename") ?? string.Empty;
            return Path.GetFullPath(path);
        }

        var host = Value(builder, "Host") ?? Value(builder, "Server") ?? "?";
        var name = Value(builder, "Database") ?? string.Empty;
        return $"PostgreSQL {host}/{name}";
    }

    private static string? Value(DbConnectionStringBuilder builder, string key) =>
        builder.TryGetValue(key, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
