using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenPrepaid.Core.Channels;
using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Data;

namespace OpenPrepaid.Core.Tests.Support;

/// <summary>
/// The domain services wired as a host wires them, over a real SQLite database in a temporary folder
/// (with its Data Protection key ring) and the in-memory meter fleet of <see cref="FakeMeterDriver"/>.
/// </summary>
public sealed class CoreHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CoreHarness(ServiceProvider services, string folder, FakeMeterDriver driver)
    {
        _services = services;
        Folder = folder;
        Driver = driver;
    }

    public string Folder { get; }

    public FakeMeterDriver Driver { get; }

    public ChargeService Charges => _services.GetRequiredService<ChargeService>();

    public ReadService Reads => _services.GetRequiredService<ReadService>();

    public ProfileService Profiles => _services.GetRequiredService<ProfileService>();

    public MeterRegister Register => _services.GetRequiredService<MeterRegister>();

    public IChargeStore ChargeStore => _services.GetRequiredService<IChargeStore>();

    public ISnapshotStore Snapshots => _services.GetRequiredService<ISnapshotStore>();

    public IJournal Journal => _services.GetRequiredService<IJournal>();

    public IMeterStore MeterStore => _services.GetRequiredService<IMeterStore>();

    public ISecretProtector Protector => _services.GetRequiredService<ISecretProtector>();

    /// <param name="exchangeTimeout">The simulated driver's per-exchange timeout; short by default so real-time tests stay fast.</param>
    public static async Task<CoreHarness> StartAsync(TimeProvider? time = null, MeterExchangeOptions? options = null, TimeSpan? exchangeTimeout = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "openprepaid-core-" + Guid.NewGuid().ToString("N"));
        var clock = time ?? TimeProvider.System;
        var driver = new FakeMeterDriver(clock) { ExchangeTimeout = exchangeTimeout ?? TimeSpan.FromMilliseconds(200) };

        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug))
            .AddSingleton(clock)
            .AddSingleton<IMeterDriver>(driver)
            .AddOpenPrepaidData(new OpenPrepaidDataOptions { DataFolder = folder })
            .AddOpenPrepaidCore(options)
            .BuildServiceProvider();

        var factory = services.GetRequiredService<IDbContextFactory<OpenPrepaidDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await OpenPrepaidDatabase.MigrateAsync(db, CancellationToken.None);
        }

        return new CoreHarness(services, folder, driver);
    }

    /// <summary>Registers a meter on a TCP channel (shared when <paramref name="port"/> repeats) and adds it to the fleet.</summary>
    public async Task<FakeMeter> AddMeterAsync(string serial, decimal balance, int port = 4059, int? hdlcAddress = null)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var draft = new MeterDraft
        {
            Serial = serial,
            Model = "fake prepaid",
            ChannelKind = ChannelKind.Tcp,
            Host = "127.0.0.1",
            Port = port,
            HdlcAddress = hdlcAddress,
            ClientSap = 1,
            Password = "12345678",
            TokenKey = key,
        };
        var result = await Register.AddAsync(draft, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Violations.Select(v => v.ToString())));
        return Driver.Add(new FakeMeter(serial, balance, key));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the system's temp cleaner; the test's result is unaffected.
        }
    }
}
