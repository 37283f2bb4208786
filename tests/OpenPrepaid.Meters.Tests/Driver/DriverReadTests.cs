using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Meters.Tests.Driver.Support;
using OpenPrepaid.Meters.Tokens;

namespace OpenPrepaid.Meters.Tests.Driver;

/// <summary>Snapshots and settings read from simulated meters over the TCP wrapper on 127.0.0.1.</summary>
public class DriverReadTests
{
    private static readonly TimeZoneInfo UtcPlusTwo = TimeZoneInfo.CreateCustomTimeZone("UTC+02", TimeSpan.FromHours(2), "UTC+02", "UTC+02");

    [Fact]
    public async Task SnapshotEqualsTheMetersOwnState()
    {
        await using var server = await SimulatedMeterServer.StartAsync(customize: options => options with { TimeZone = UtcPlusTwo, CreditLimit = -2_550 });
        var topUp = new TopUpToken(server.Serial, 4, 12_345, SimulatedMeterServer.Start);
        server.Meter.EnterToken(TokenCodec.Build(topUp, SimulatedMeterServer.KeyOf(server.Serial)));
        server.Clock.Advance(TimeSpan.FromMinutes(17));
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var reading = await driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);

        var state = server.Meter.Snapshot();
        var expected = ExpectedReading.From(state);
        Assert.Equal(expected with { Settings = null }, reading with { Settings = null });
        Assert.Equal(expected.Settings, reading.Settings);
        Assert.Equal(TimeSpan.FromHours(2), reading.Clock!.Value.Offset);
        Assert.Equal(123.45m, reading.LastTopUpAmount);
        Assert.Equal(-25.50m, reading.Settings!.SwitchOffThreshold);
        Assert.True(reading.EnergyTotalKwh > 9m, "five hours at 1.8 kW is about 9 kWh");
        Assert.True(reading.MoneyCollected > 0m);
        Assert.False(connection.IsBroken);
    }

    [Fact]
    public async Task PublicClientReadsBalanceWithoutSettings()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        var driver = TestDriver.Create();
        var access = server.Access(password: null);
        await using var connection = await driver.OpenAsync(access.Channel, CancellationToken.None);

        var reading = await driver.ReadSnapshotAsync(access, connection, CancellationToken.None);

        var state = server.Meter.Snapshot();
        Assert.Equal(state.Balance / 100m, reading.Balance);
        Assert.Equal(state.EnergyTotalWh / 1000m, reading.EnergyTotalKwh);
        Assert.Equal(state.OutputState, reading.RelayConnected);
        Assert.Null(reading.Settings);
        Assert.Null(reading.LastTopUpAmount);
        Assert.Null(reading.TokenSequence);
    }

    [Fact]
    public async Task WrongPasswordIsAssociationRejected()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        var driver = TestDriver.Create();
        var access = server.Access(password: "wrong");
        await using var connection = await driver.OpenAsync(access.Channel, CancellationToken.None);

        var error = await Assert.ThrowsAsync<MeterExchangeException>(() => driver.ReadSnapshotAsync(access, connection, CancellationToken.None));

        Assert.Equal(MeterFailureKind.AssociationRejected, error.Kind);
        Assert.Equal("association rejected: wrong password", error.Message);
        Assert.Equal(server.Serial, error.Serial);
        Assert.False(connection.IsBroken);
    }

    [Fact]
    public async Task MissingOptionalObjectLeavesFieldEmpty()
    {
        await using var server = await SimulatedMeterServer.StartAsync(model: ModelVariants.Without("internal-temperature"));
        var driver = TestDriver.Create(model: ModelVariants.WithOptional("internal-temperature"));
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var reading = await driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);

        Assert.Null(reading.TemperatureCelsius);
        Assert.Equal(server.Meter.Snapshot().Balance / 100m, reading.Balance);
    }

    [Fact]
    public async Task MandatoryObjectMissingNamesObisAndModel()
    {
        await using var server = await SimulatedMeterServer.StartAsync(model: ModelVariants.Without("internal-temperature"));
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var error = await Assert.ThrowsAsync<MeterExchangeException>(() => driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None));

        Assert.Equal(MeterFailureKind.ObjectMissing, error.Kind);
        Assert.StartsWith("object missing: ", error.Message);
        Assert.Contains("0.0.96.9.0.255", error.Message);
        Assert.Contains("OpenPrepaid reference prepaid meter", error.Message);
    }

    [Fact]
    public async Task WrongMeterAtAddressIsNotRead()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        var driver = TestDriver.Create();
        var access = server.Access(serial: "SIM9999");
        await using var connection = await driver.OpenAsync(access.Channel, CancellationToken.None);

        var error = await Assert.ThrowsAsync<MeterExchangeException>(() => driver.ReadSnapshotAsync(access, connection, CancellationToken.None));

        Assert.Contains("wrong meter", error.Message);
        Assert.Contains(server.Serial, error.Message);
    }

    [Fact]
    public async Task ClosedPortIsConnectionRefused()
    {
        int port;
        await using (var server = await SimulatedMeterServer.StartAsync())
        {
            port = server.Host.Port;
        }

        var driver = TestDriver.Create();
        var channel = ChannelEndpoint.Tcp("127.0.0.1", port);

        var error = await Assert.ThrowsAsync<MeterExchangeException>(() => driver.OpenAsync(channel, CancellationToken.None));

        Assert.Equal(MeterFailureKind.ConnectionFailed, error.Kind);
        Assert.Equal($"connection refused by 127.0.0.1:{port}", error.Message);
    }

    [Fact]
    public async Task SettingsReadEqualTheMetersSettings()
    {
        await using var server = await SimulatedMeterServer.StartAsync(customize: options => options with { PowerLimitWatts = 7_250, NoSwitchOffOnSunday = true });
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var settings = await driver.ReadSettingsAsync(server.Access(), connection, CancellationToken.None);

        Assert.Equal(ExpectedReading.Settings(server.Meter.Snapshot()), settings);
        Assert.Equal(7.25m, settings.PowerLimitKw);
        Assert.Equal(0.4321m, settings.Prices!.Tariff1);
    }

    [Fact]
    public async Task MeterScalersGiveTheSameReading()
    {
        await using var server = await SimulatedMeterServer.StartAsync(profile: new Simulator.Cosem.AssociationProfile { MaxListSize = 64 });
        var driver = new Meters.Driver.DlmsMeterDriver(TestDriver.Options(listCap: 64) with { ScalerSource = Meters.Driver.ScalerSource.Meter });
        await using var connection = (Meters.Driver.DlmsMeterConnection)await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var reading = await driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);

        Assert.Equal(ExpectedReading.From(server.Meter.Snapshot()), reading);
        Assert.Equal(1, connection.LastExchangeRequestCount);
    }

    [Fact]
    public async Task SecondExchangeOnABusyConnectionIsRefused()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        server.Device.Faults.Add(Simulator.Faults.FaultRule.Slow(TimeSpan.FromMilliseconds(300), times: 1));
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var first = driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);
        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None));

        Assert.Contains("already in use", second.Message);
        Assert.NotNull((await first).Balance);
    }

    [Fact]
    public async Task ConnectionServesSeveralExchanges()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var first = await driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);
        var settings = await driver.ReadSettingsAsync(server.Access(), connection, CancellationToken.None);
        var second = await driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(first.Settings, settings);
    }
}
