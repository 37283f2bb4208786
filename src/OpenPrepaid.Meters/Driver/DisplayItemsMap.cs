using CoreItems = OpenPrepaid.Core.Settings.DisplayItems;
using MeterItems = OpenPrepaid.Meters.Prepaid.DisplayItems;

namespace OpenPrepaid.Meters.Driver;

/// <summary>
/// Maps the display items of a profile onto the items bit-string of the display parameters object and back.
/// The meter has one item per tariff where a profile has one for all tariffs, and one item for date and time
/// where a profile has two.
/// </summary>
internal static class DisplayItemsMap
{
    private const MeterItems EnergyTariffs = MeterItems.EnergyTariff1 | MeterItems.EnergyTariff2 | MeterItems.EnergyTariff3 | MeterItems.EnergyTariff4;

    private static readonly (CoreItems Profile, MeterItems Meter)[] OneToOne =
    [
        (CoreItems.Balance, MeterItems.Balance),
        (CoreItems.EnergyTotal, MeterItems.EnergyTotal),
        (CoreItems.ActivePower, MeterItems.ActivePower),
        (CoreItems.LastTopUp, MeterItems.LastTopUp),
        (CoreItems.TariffPrice, MeterItems.ActivePrice),
        (CoreItems.Temperature, MeterItems.Temperature),
        (CoreItems.RelayState, MeterItems.RelayState),
    ];

    /// <summary>
    /// Returns the meter's items for a profile's. Clock or Date selects the meter's single date-and-time item, so a
    /// profile with only one of them reads back with both and is reported as a mismatch.
    /// </summary>
    public static MeterItems ToMeter(CoreItems items)
    {
        var result = MeterItems.None;
        foreach (var (profile, meter) in OneToOne)
        {
            if (items.HasFlag(profile))
            {
                result |= meter;
            }
        }

        if (items.HasFlag(CoreItems.EnergyPerTariff))
        {
            result |= EnergyTariffs;
        }

        if ((items & (CoreItems.Clock | CoreItems.Date)) != 0)
        {
            result |= MeterItems.DateTime;
        }

        return result;
    }

    /// <summary>Returns a profile's items for the meter's; any tariff's energy item counts as energy per tariff.</summary>
    public static CoreItems ToProfile(MeterItems items)
    {
        var result = CoreItems.None;
        foreach (var (profile, meter) in OneToOne)
        {
            if (items.HasFlag(meter))
            {
                result |= profile;
            }
        }

        if ((items & EnergyTariffs) != 0)
        {
            result |= CoreItems.EnergyPerTariff;
        }

        if (items.HasFlag(MeterItems.DateTime))
        {
            result |= CoreItems.Clock | CoreItems.Date;
        }

        return result;
    }
}
