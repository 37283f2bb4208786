using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Data.Tests;

/// <summary>
/// The persistence suite, run once per provider by the classes that close it over a fixture. Every
/// behaviour the domain relies on is checked against the real database engine.
/// </summary>
public abstract partial class PersistenceSuite<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    protected TFixture Fixture { get; } = fixture;

    [Fact]
    public async Task MigrationsMatchTheModel()
    {
        await using var db = Fixture.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(2, (await db.Database.GetAppliedMigrationsAsync()).Count());
        Assert.Equal(Fixture.Provider == DatabaseProvider.Sqlite, db.Database.IsSqlite());
    }

    [Fact]
    public async Task MeterKeepsEveryField()
    {
        var serial = NewSerial();
        var meter = new Meter(serial, "reference", "kiosk 7", ChannelEndpoint.Serial("/dev/ttyUSB1", 9600), 0x21, 1, 16, "p", "k");

        Assert.True(await Fixture.Meters.AddAsync(meter, default));
        var stored = (await Fixture.Meters.FindAsync(serial, default))!;

        Assert.Equal("reference", stored.Model);
        Assert.Equal("kiosk 7", stored.Memo);
        Assert.Equal(ChannelEndpoint.Serial("/dev/ttyUSB1", 9600), stored.Channel);
        Assert.Equal(0x21, stored.HdlcAddress);
        Assert.Equal(1, stored.LogicalDeviceAddress);
        Assert.Equal(16, stored.ClientSap);
        Assert.Equal("p", stored.ProtectedPassword);
        Assert.Equal("k", stored.ProtectedTokenKey);
        Assert.Equal(0, stored.LastTokenSequence);
        Assert.False(await Fixture.Meters.AddAsync(meter, default));
    }

    [Fact]
    public async Task EditingMeterNeverLowersTokenSequence()
    {
        var serial = await AddMeterAsync();
        var staleCopy = (await Fixture.Meters.FindAsync(serial, default))!;
        await AddPendingAsync(serial, NewKey(), sequence: 5);

        staleCopy.Describe("reference v2", "moved");
        await Fixture.Meters.UpdateAsync(staleCopy, default);

        var stored = (await Fixture.Meters.FindAsync(serial, default))!;
        Assert.Equal("moved", stored.Memo);
        Assert.Equal(5, stored.LastTokenSequence);
    }

    [Fact]
    public async Task RemovingMeterKeepsChargesAndJournal()
    {
        var serial = await AddMeterAsync();
        var charge = await AddPendingAsync(serial, NewKey(), sequence: 1);
        await Fixture.Snapshots.SaveAsync(Snapshots.Full(serial, Noon), default);

        Assert.True(await Fixture.Meters.RemoveAsync(serial, default));

        Assert.Null(await Fixture.Meters.FindAsync(serial, default));
        Assert.Empty(await Fixture.Snapshots.GetHistoryAsync(serial, Noon.AddDays(-1), Noon.AddDays(1), default));
        Assert.NotNull(await Fixture.Charges.FindAsync(charge.Id, default));
        Assert.Single(await Fixture.Journal.QueryAsync(new JournalQuery(serial), default));
        Assert.False(await Fixture.Meters.RemoveAsync(serial, default));
    }

    [Fact]
    public async Task SecretsSurviveANewKeyRingInstance()
    {
        var secret = Enumerable.Range(0, 32).Select(i => (byte)(255 - i)).ToArray();
        var protectedText = Fixture.Protector.Protect(secret);

        await using var later = new ServiceCollection()
            .AddOpenPrepaidData(new OpenPrepaidDataOptions { ConnectionString = "Data Source=unused.db", DataFolder = Fixture.Folder })
            .BuildServiceProvider();
        var protector = later.GetRequiredService<ISecretProtector>();

        Assert.Equal(secret, protector.Unprotect(protectedText));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(Fixture.Folder, "keys"), "key-*.xml"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(Fixture.Folder, "keys")));
        }

        Assert.Throws<System.Security.Cryptography.CryptographicException>(() => protector.Unprotect("not a payload"));
    }

    protected static string NewSerial() => "T" + Guid.NewGuid().ToString("N")[..20];

    protected static string NewKey() => "key-" + Guid.NewGuid().ToString("N");

    protected async Task<string> AddMeterAsync()
    {
        var serial = NewSerial();
        var meter = new Meter(serial, "reference", string.Empty, ChannelEndpoint.Tcp("127.0.0.1", 4059), null, 1, 1, null, "protected-key");
        Assert.True(await Fixture.Meters.AddAsync(meter, default));
        return serial;
    }

    protected async Task<Charge> AddPendingAsync(string serial, string key, long sequence, DateTimeOffset? createdAt = null)
    {
        var charge = NewCharge(serial, key, sequence, createdAt ?? Noon);
        var result = await Fixture.Charges.AddPendingAsync(charge, PendingEntry(charge), default);
        Assert.Equal(AddPendingStatus.Added, result.Status);
        return charge;
    }

    protected static Charge NewCharge(string serial, string key, long sequence, DateTimeOffset createdAt) =>
        new(Guid.NewGuid(), key, serial, "cashier", 25.50m, 100.1234m, sequence, createdAt);

    protected static JournalEntry PendingEntry(Charge charge) =>
        new(charge.CreatedAt, charge.Operator, charge.MeterSerial, JournalEntryKind.ChargePending, "top-up of 25.50", null, charge.BalanceBefore, null, charge.Id);
}
