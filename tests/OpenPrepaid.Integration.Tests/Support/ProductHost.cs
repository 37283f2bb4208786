using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenPrepaid.Core;
using OpenPrepaid.Core.Channels;
using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Data;
using OpenPrepaid.Meters.Driver;
using OpenPrepaid.Simulator.Fleet;

namespace OpenPrepaid.Integration.Tests.Support;

/// <summary>
/// The product as a host wires it: the domain's workflows, the DLMS driver and SQLite storage in a temporary
/// folder, with simulated meters entered into the meter register.
/// </summary>
internal sealed class ProductHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder;

    private ProductHost(ServiceProvider services, string folder)
    {
        _services = services;
        _folder = folder;
    }

    public ReadService Reads => _services.GetRequiredService<ReadService>();

    public ChargeService Charges => _services.GetRequiredService<ChargeService>();

    public MeterRegister Register => _services.GetRequiredService<MeterRegister>();

    public IChargeStore ChargeStore => _services.GetRequiredService<IChargeStore>();

    public IJournal Journal => _services.GetRequiredService<IJournal>();

    public ISnapshotStore Snapshots => _services.GetRequiredService<ISnapshotStore>();

    public ProfileService Profiles => _services.GetRequiredService<ProfileService>();

    public static async Task<ProductHost> StartAsync(DlmsMeterDriverOptions driver, MeterExchangeOptions exchange)
    {
        var folder = Path.Combine(Path.GetTempPath(), "openprepaid-integration-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "openprepaid.db") }.ToString();
        var services = new ServiceCollection()
            .AddLogging()
            .AddOpenPrepaidData(new OpenPrepaidDataOptions { ConnectionString = database, DataFolder = folder })
            .AddOpenPrepaidCore(exchange)
            .AddDlmsMeterDriver(driver)
            .BuildServiceProvider();

        await using (var db = await services.GetRequiredService<IDbContextFactory<OpenPrepaidDbContext>>().CreateDbContextAsync())
        {
            await OpenPrepaidDatabase.MigrateAsync(db, CancellationToken.None);
        }

        return new ProductHost(services, folder);
    }

    /// <summary>Enters a meter of a running fleet into the register with its address and secrets.</summary>
    public Task RegisterAsync(FleetMeter meter) => RegisterAsync(meter.SerialNumber, meter.Port, meter.HdlcAddress, meter.Password, meter.TopUpKey.ToArray(), meter.ModelName);

    public async Task RegisterAsync(string serial, int port, int? hdlcAddress, string password, byte[] tokenKey, string model = "OpenPrepaid SIM-1")
    {
        var result = await Register.AddAsync(
            new MeterDraft
            {
                Serial = serial,
                Model = model,
                ChannelKind = ChannelKind.Tcp,
                Host = "127.0.0.1",
                Port = port,
                HdlcAddress = hdlcAddress,
                ClientSap = 1,
                LogicalDeviceAddress = 1,
                Password = password,
                TokenKey = tokenKey,
            },
            CancellationToken.None);
        Assert.Empty(result.Violations);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temporary-file cleaner; the results do not depend on it.
        }
    }
}
