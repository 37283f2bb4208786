using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using OpenPrepaid.Core.Channels;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Rules;
using OpenPrepaid.Core.Settings;
using OpenPrepaid.Integration.Tests.Support;
using OpenPrepaid.Meters.Driver;
using OpenPrepaid.Simulator.Fleet;

namespace OpenPrepaid.Integration.Tests;

/// <summary>Profiles written through the profile workflow to simulated meters, read back and reported per field.</summary>
public class ProfileWriteTests
{
    private static readonly PrepaidSettings Settings = new(
        new TariffPrices(0.3424m, 2.16m, 1m, 0m),
        new DisplaySettings(DisplayItems.Balance | DisplayItems.EnergyTotal | DisplayItems.Clock | DisplayItems.Date, 8, 1),
        new RelayRules(5m, -20m, NeverSwitchOff: false, NoSwitchOffOnSaturday: true, NoSwitchOffOnSunday: true));

    [Fact]
    public async Task ProfileWithUnstorablePricesIsRefused()
    {
        var fleetOptions = new SimulatedFleetOptions { MeterCount = 2, Seed = 51, TimeProvider = new FakeTimeProvider(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero)) };
        await using var fleet = new SimulatedFleet(fleetOptions);
        await fleet.StartAsync();
        await using var product = await ProductHost.StartAsync(
            new DlmsMeterDriverOptions { ResponseTimeout = TimeSpan.FromSeconds(1) }, new MeterExchangeOptions());
        foreach (var meter in fleet.Meters)
        {
            await product.RegisterAsync(meter);
        }

        var serials = fleet.Meters.Select(meter => meter.SerialNumber).ToList();
        var good = (await product.Profiles.CreateAsync("winter", Settings, CancellationToken.None)).Profile!;
        var overflowing = await product.Profiles.CreateAsync(
            "four decimals and 4.25", Settings with { Prices = new TariffPrices(0.3424m, 4.25m, 1m, 0m) }, CancellationToken.None);

        var written = await product.Profiles.WriteAsync(ProfileChoice.Of(good), serials, "engineer", CultureInfo.InvariantCulture, null, CancellationToken.None);

        Assert.Equal(2, written.Results.Count);
        Assert.All(written.Results, result => Assert.Equal(ProfileWriteStatus.Written, result.Status));
        Assert.All(written.Results, result => Assert.Empty(result.Mismatches));
        Assert.All(fleet.Meters, meter => Assert.Equal((short)3424, meter.Meter.Snapshot().UnitChargeActive.ChargePerUnitOf(1)));

        // 0.3424 needs price scale -4, where 4.25 would be 42500, beyond a signed 16-bit charge_per_unit: the profile
        // is refused before any meter is touched, so no meter is left with half of it.
        Assert.False(overflowing.Succeeded);
        Assert.Equal([RuleCode.PricesNeedCommonScale], overflowing.Violations.Select(violation => violation.Code));

        var journal = await product.Journal.QueryAsync(new JournalQuery(MeterSerial: serials[0]), CancellationToken.None);
        Assert.Equal(1, journal.Count(entry => entry.Kind == JournalEntryKind.SettingsWrite));
    }
}
