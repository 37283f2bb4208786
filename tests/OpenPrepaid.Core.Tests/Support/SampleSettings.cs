using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Core.Tests.Support;

internal static class SampleSettings
{
    public static PrepaidSettings Valid() => new(
        new TariffPrices(3.2m, 2.16m, 1.2345m, 0m),
        new DisplaySettings(DisplayItems.Balance | DisplayItems.EnergyTotal, 10, 2),
        new RelayRules(5.5m, -20m, NeverSwitchOff: false, NoSwitchOffOnSaturday: true, NoSwitchOffOnSunday: true));
}
