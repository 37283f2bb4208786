using System.Globalization;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Web.Demo;

/// <summary>Two prepaid profiles that the demo saves when there is none, so that a profile can be written at once.</summary>
internal static class DemoProfiles
{
    // Clock and Date together: the reference meter shows them as one item, so either alone reads back as both.
    private const DisplayItems StandardItems =
        DisplayItems.Balance | DisplayItems.EnergyTotal | DisplayItems.EnergyPerTariff | DisplayItems.Clock | DisplayItems.Date | DisplayItems.RelayState;

    /// <summary>
    /// The prices the simulated meters start with (4.32 by day on tariff 1, 2.16 by night on tariff 2), no power
    /// limit, and the supply cut at a balance of 0.
    /// </summary>
    public static PrepaidSettings StandardDayNight { get; } = new(
        new TariffPrices(4.32m, 2.16m, 0m, 0m),
        new DisplaySettings(StandardItems, SecondsPerItem: 10, EnergyDecimals: 1),
        new RelayRules(PowerLimitKw: 0m, SwitchOffThreshold: 0m, NeverSwitchOff: false, NoSwitchOffOnSaturday: false, NoSwitchOffOnSunday: false));

    /// <summary>A dearer day and a cheaper night, a 6 kW limit, 50.00 of credit below zero and no switch-off at weekends.</summary>
    public static PrepaidSettings NightSaver { get; } = new(
        new TariffPrices(4.80m, 1.80m, 0m, 0m),
        new DisplaySettings(StandardItems | DisplayItems.TariffPrice, SecondsPerItem: 8, EnergyDecimals: 2),
        new RelayRules(PowerLimitKw: 6m, SwitchOffThreshold: -50m, NeverSwitchOff: false, NoSwitchOffOnSaturday: true, NoSwitchOffOnSunday: true));

    public static IReadOnlyList<(string Name, PrepaidSettings Settings)> All { get; } =
    [
        ("Standard day/night", StandardDayNight),
        ("Night saver", NightSaver),
    ];

    /// <summary>Saves <see cref="All"/> when no profile exists; returns how many were saved.</summary>
    public static async Task<int> SeedAsync(ProfileService profiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profiles);

        if ((await profiles.ListAsync(cancellationToken)).Count > 0)
        {
            return 0;
        }

        foreach (var (name, settings) in All)
        {
            var result = await profiles.CreateAsync(name, settings, cancellationToken);
            if (!result.Succeeded)
            {
                var problems = string.Join("; ", result.Violations.Select(violation => violation.Describe(CultureInfo.InvariantCulture)));
                throw new InvalidOperationException($"Demo profile '{name}' could not be saved: {problems}");
            }
        }

        return All.Count;
    }
}
