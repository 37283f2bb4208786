using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenPrepaid.Core;
using OpenPrepaid.Core.Channels;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Data;
using OpenPrepaid.Meters.Driver;
using OpenPrepaid.Simulator.Fleet;

namespace OpenPrepaid.ReadAll.Benchmark;

/// <summary>
/// The reader as the product wires it (the domain's workflows, the DLMS driver with its default options and
/// SQLite in a folder of its own), with the driver and the snapshot store wrapped to feed a <see cref="ReadProbe"/>.
/// </summary>
internal sealed class ReaderHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ReaderHost(ServiceProvider services)
    {
        _services = services;
    }

    public ReadService Reads => _services.GetRequiredService<ReadService>();

    public static async Task<ReaderHost> StartAsync(string folder, int parallelChannels, ReadProbe probe, CancellationToken cancellationToken)
    {
        var database = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, OpenPrepaidDatabase.DefaultDatabaseFileName) }.ToString();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.None))
            .AddOpenPrepaidData(new OpenPrepaidDataOptions { ConnectionString = database, DataFolder = folder })
            .AddOpenPrepaidCore(new MeterExchangeOptions { MaxParallelChannels = parallelChannels });

        var driverOptions = new DlmsMeterDriverOptions { TrafficCounter = probe.Traffic };
        services.AddSingleton<IMeterDriver>(provider =>
            new ProbedMeterDriver(new DlmsMeterDriver(driverOptions, provider.GetService<ILogger<DlmsMeterDriver>>()), probe));
        Wrap<ISnapshotStore>(services, store => new TimedSnapshotStore(store, probe));

        var provider = services.BuildServiceProvider();
        await using (var db = await provider.GetRequiredService<IDbContextFactory<OpenPrepaidDbContext>>().CreateDbContextAsync(cancellationToken)
            .ConfigureAwait(false))
        {
            await OpenPrepaidDatabase.MigrateAsync(db, cancellationToken).ConfigureAwait(false);
        }

        return new ReaderHost(provider);
    }

    /// <summary>Enters every meter of the fleet file into the register through the product's <see cref="MeterRegister"/>.</summary>
    public async Task RegisterAsync(IReadOnlyList<FleetFileEntry> fleet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fleet);

        var register = _services.GetRequiredService<MeterRegister>();
        foreach (var entry in fleet)
        {
            var result = await register.AddAsync(
                new MeterDraft
                {
                    Serial = entry.Serial,
                    Model = entry.Model,
                    ChannelKind = ChannelKind.Tcp,
                    Host = entry.Host,
                    Port = entry.Port,
                    HdlcAddress = entry.HdlcAddress,
                    LogicalDeviceAddress = 1,
                    ClientSap = entry.ClientSap,
                    Password = entry.Password,
                    TokenKey = Convert.FromHexString(entry.TokenKey),
                },
                cancellationToken).ConfigureAwait(false);
            if (result.Violations.Count > 0)
            {
                throw new InvalidOperationException($"Meter {entry.Serial} from the fleet file was not registered: {string.Join("; ", result.Violations)}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Replaces the registration of <typeparamref name="T"/> with a wrapper around the instance it would have made.</summary>
    private static void Wrap<T>(IServiceCollection services, Func<T, T> wrap)
        where T : class
    {
        var original = services.Last(descriptor => descriptor.ServiceType == typeof(T));
        services.Remove(original);
        services.AddSingleton(provider =>
        {
            var inner = original.ImplementationInstance as T
                ?? original.ImplementationFactory?.Invoke(provider) as T
                ?? (T)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!);
            return wrap(inner);
        });
    }
}
