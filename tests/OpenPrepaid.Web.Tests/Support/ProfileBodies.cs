namespace OpenPrepaid.Web.Tests.Support;

/// <summary>Profile request bodies as an API client writes them.</summary>
public static class ProfileBodies
{
    public static object Profile(string name, decimal tariff1 = 5.5m, decimal tariff4 = 0m, decimal threshold = -10m) => new
    {
        name,
        settings = new
        {
            prices = new { tariff1, tariff2 = 2.75m, tariff3 = 0m, tariff4 },
            display = new { items = "Balance, EnergyTotal, Clock", secondsPerItem = 8, energyDecimals = 2 },
            relay = new { powerLimitKw = 7.5m, switchOffThreshold = threshold, neverSwitchOff = false, noSwitchOffOnSaturday = true, noSwitchOffOnSunday = true },
        },
    };
}
