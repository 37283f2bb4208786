using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenPrepaid.Core;
using OpenPrepaid.Core.Register.Import;
using OpenPrepaid.Data;
using OpenPrepaid.Meters.Driver;

namespace OpenPrepaid.Cli.Hosting;

/// <summary>
/// The services of one command: the database (created and migrated on first use), the domain workflows and
/// the DLMS driver, wired as the web console wires them.
/// </summary>
internal sealed class CommandHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly ILoggerFactory _loggers;

    private CommandHost(ServiceProvider services, ILoggerFactory loggers, DatabaseLocation database)
    {
        _services = services;
        _loggers = loggers;
        Database = database;
    }

    public DatabaseLocation Database { get; }

    /// <exception cref="CommandFailedException">The options name no database, or the database cannot be opened or migrated.</exception>
    public static async Task<CommandHost> OpenAsync(HostSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);

        var location = DatabaseLocation.Resolve(settings.Database, settings.DataFolder, context.Messages);

        // Every result reaches the operator as output, so the log shows only errors unless --verbose is given.
        var loggers = context.CreateLoggerFactory(settings.Verbose ? LogLevel.Debug : LogLevel.Error);
        ServiceProvider? services = null;
        try
        {
            services = Build(settings, location, loggers);
            var factory = services.GetRequiredService<IDbContextFactory<OpenPrepaidDbContext>>();
            await using (var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
            {
                await OpenPrepaidDatabase.MigrateAsync(db, cancellationToken).ConfigureAwait(false);
            }

            return new CommandHost(services, loggers, location);
        }
        // A DbException means the server or file cannot be reached, an IOException or UnauthorizedAccessException that a
        // folder cannot be created, and an InvalidOperationException that EF Core cannot migrate the database it found.
        catch (Exception exception) when (exception is DbException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            if (services is not null)
            {
                await services.DisposeAsync().ConfigureAwait(false);
            }

            loggers.Dispose();
            throw new CommandFailedException(
                ExitCodes.Failure, "DatabaseUnavailable", context.Messages.Format("DatabaseFailed", location.Description, exception.Message), exception);
        }
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        _loggers.Dispose();
    }

    private static ServiceProvider Build(HostSettings settings, DatabaseLocation location, ILoggerFactory loggers)
    {
        var services = new ServiceCollection();
        services.AddSingleton(loggers);
        services.AddLogging();
        services.AddOpenPrepaidData(location.Options);
        services.AddOpenPrepaidCore();
        services.AddDlmsMeterDriver(new DlmsMeterDriverOptions
        {
            ResponseTimeout = settings.ResponseTimeout,
            ConnectTimeout = settings.ResponseTimeout,
            Retries = settings.Retries,
        });
        services.AddSingleton<MeterImporter>();
        return services.BuildServiceProvider();
    }
}
