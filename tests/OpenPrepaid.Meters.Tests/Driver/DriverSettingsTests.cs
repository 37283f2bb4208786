using OpenPrepaid.Core.Settings;
using OpenPrepaid.Meters.Driver;
using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Meters.Tests.Driver.Support;
using DisplayItems = OpenPrepaid.Core.Settings.DisplayItems;
using MeterItems = OpenPrepaid.Meters.Prepaid.DisplayItems;

namespace OpenPrepaid.Meters.Tests.Driver;

/// <summary>Profiles written to simulated meters, read back and compared field by field.</summary>
public class DriverSettingsTests
{
    private static readonly PrepaidSettings Profile = new(
        new TariffPrices(0.3424m, 1.5m, 2m, 0m),
        new DisplaySettings(DisplayItems.Balance | DisplayItems.EnergyPerTariff | DisplayItems.Clock | DisplayItems.Date | DisplayItems.Temperature, 12, 2),
        new RelayRules(7.5m, -50.25m, NeverSwitchOff: false, NoSwitchOffOnSaturday: true, NoSwitchOffOnSunday: false));

    [Fact]
    public async Task WrittenProfileReadsBackWithoutMismatch()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var results = await driver.WriteSettingsAsync(server.Access(), connection, Profile, CancellationToken.None);
        var readBack = await driver.ReadSettingsAsync(server.Access(), connection, CancellationToken.None);

        Assert.Equal(Enum.GetValues<SettingField>(), results.Select(result => result.Field));
        Assert.All(results, result => Assert.Equal(SettingWriteOutcome.Written, result.Outcome));
        Assert.Empty(SettingsComparison.Compare(Profile, readBack));
        var state = server.Meter.Snapshot();
        Assert.Equal(-4, state.UnitChargeActive.Scaling.PriceScale);
        Assert.Equal((short)3424, state.UnitChargeActive.ChargePerUnitOf(1));
        Assert.Equal(7_500u, state.PowerLimitWatts);
        Assert.Equal(-5_025, state.CreditLimit);
        Assert.Equal(new DisplayParameters(
            MeterItems.Balance | MeterItems.EnergyTariff1 | MeterItems.EnergyTariff2 | MeterItems.EnergyTariff3
                | MeterItems.EnergyTariff4 | MeterItems.DateTime | MeterItems.Temperature,
            12,
            2), state.Display);
    }

    [Fact]
    public async Task PriceThatOverflowsIsRejectedPerField()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);
        var pricesBefore = server.Meter.Snapshot().UnitChargeActive;
        var profile = Profile with { Prices = new TariffPrices(0.3424m, 4.25m, 1m, 1m) };

        var results = (await driver.WriteSettingsAsync(server.Access(), connection, profile, CancellationToken.None)).ToDictionary(r => r.Field);
        var readBack = await driver.ReadSettingsAsync(server.Access(), connection, CancellationToken.None);

        Assert.Equal(SettingWriteOutcome.Rejected, results[SettingField.PriceTariff2].Outcome);
        Assert.Contains("42500", results[SettingField.PriceTariff2].Detail);
        Assert.Equal(SettingWriteOutcome.Rejected, results[SettingField.PriceTariff1].Outcome);
        Assert.Equal(SettingWriteOutcome.Written, results[SettingField.PowerLimitKw].Outcome);
        Assert.Equal(SettingWriteOutcome.Written, results[SettingField.DisplayItems].Outcome);
        Assert.Equal(pricesBefore, server.Meter.Snapshot().UnitChargeActive);
        var mismatches = SettingsComparison.Compare(profile, readBack).Select(mismatch => mismatch.Field).ToList();
        Assert.Equal([SettingField.PriceTariff1, SettingField.PriceTariff2, SettingField.PriceTariff3, SettingField.PriceTariff4], mismatches);
    }

    [Fact]
    public async Task MeterRejectionIsReportedInWords()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);
        var profile = Profile with { Prices = new TariffPrices(-1m, 1m, 1m, 1m) };

        var results = (await driver.WriteSettingsAsync(server.Access(), connection, profile, CancellationToken.None)).ToDictionary(r => r.Field);

        Assert.Equal(SettingWriteOutcome.Rejected, results[SettingField.PriceTariff1].Outcome);
        Assert.Contains("other-reason", results[SettingField.PriceTariff1].Detail);
        Assert.Contains("0.0.19.20.0.255", results[SettingField.PriceTariff1].Detail);
        Assert.Equal(SettingWriteOutcome.Written, results[SettingField.NoSwitchOffOnSaturday].Outcome);
        Assert.True(server.Meter.Snapshot().NoSwitchOffOnSaturday);
    }

    [Fact]
    public async Task ReadOnlyActivePricesUsePassiveTable()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        var driver = TestDriver.Create(model: ModelVariants.WithReadOnlyActivePrices());
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var results = await driver.WriteSettingsAsync(server.Access(), connection, Profile, CancellationToken.None);

        Assert.All(results, result => Assert.Equal(SettingWriteOutcome.Written, result.Outcome));
        var state = server.Meter.Snapshot();
        Assert.Equal(0.3424m, state.UnitChargeActive.PriceOf(1));
        Assert.Equal(state.UnitChargePassive, state.UnitChargeActive);
    }

    [Fact]
    public async Task FieldsWithoutObjectAreNotSupported()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        var driver = TestDriver.Create(model: ModelVariants.Without("never-switch-off", "display-parameters"));
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var results = (await driver.WriteSettingsAsync(server.Access(), connection, Profile, CancellationToken.None)).ToDictionary(r => r.Field);

        Assert.Equal(SettingWriteOutcome.NotSupported, results[SettingField.NeverSwitchOff].Outcome);
        Assert.Equal(SettingWriteOutcome.NotSupported, results[SettingField.DisplaySecondsPerItem].Outcome);
        Assert.Equal(SettingWriteOutcome.Written, results[SettingField.PriceTariff1].Outcome);
    }

    [Fact]
    public async Task PublicClientWritesNothing()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        var driver = TestDriver.Create();
        var access = server.Access(password: null);
        await using var connection = await driver.OpenAsync(access.Channel, CancellationToken.None);
        var before = server.Meter.Snapshot();

        var results = await driver.WriteSettingsAsync(access, connection, Profile, CancellationToken.None);

        Assert.All(results, result => Assert.Equal(SettingWriteOutcome.Rejected, result.Outcome));
        Assert.All(results, result => Assert.StartsWith("access denied: client SAP 16", result.Detail));
        Assert.Equal(before.UnitChargeActive, server.Meter.Snapshot().UnitChargeActive);
    }

    [Fact]
    public async Task MeterWithoutListsIsWrittenWithSingleSets()
    {
        await using var server = await SimulatedMeterServer.StartAsync(profile: Simulator.Cosem.AssociationProfile.WithoutLists);
        var driver = TestDriver.Create();
        await using var connection = (DlmsMeterConnection)await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var results = await driver.WriteSettingsAsync(server.Access(), connection, Profile, CancellationToken.None);

        // Serial and currency read first, then one SET per attribute: prices, display, power limit, threshold and three flags.
        Assert.All(results, result => Assert.Equal(SettingWriteOutcome.Written, result.Outcome));
        Assert.Equal(2 + 7, connection.LastExchangeRequestCount);
        Assert.Empty(SettingsComparison.Compare(Profile, ExpectedReading.Settings(server.Meter.Snapshot())));
    }
}
