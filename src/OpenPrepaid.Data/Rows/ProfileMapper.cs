using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Data.Rows;

internal static class ProfileMapper
{
    public static string Normalize(string name) => name.Trim().ToUpperInvariant();

    public static void Fill(ProfileRow row, PrepaidProfile profile)
    {
        var settings = profile.Settings;
        row.Id = profile.Id;
        row.Name = profile.Name;
        row.NormalizedName = Normalize(profile.Name);
        row.PriceT1 = settings.Prices.Tariff1;
        row.PriceT2 = settings.Prices.Tariff2;
        row.PriceT3 = settings.Prices.Tariff3;
        row.PriceT4 = settings.Prices.Tariff4;
        row.DisplayItems = (int)settings.Display.Items;
        row.DisplaySecondsPerItem = settings.Display.SecondsPerItem;
        row.DisplayEnergyDecimals = settings.Display.EnergyDecimals;
        row.PowerLimitKw = settings.Relay.PowerLimitKw;
        row.SwitchOffThreshold = settings.Relay.SwitchOffThreshold;
        row.NeverSwitchOff = settings.Relay.NeverSwitchOff;
        row.NoSwitchOffOnSaturday = settings.Relay.NoSwitchOffOnSaturday;
        row.NoSwitchOffOnSunday = settings.Relay.NoSwitchOffOnSunday;
    }

    public static PrepaidProfile ToProfile(ProfileRow row) => new(
        row.Id,
        row.Name,
        new PrepaidSettings(
            new TariffPrices(row.PriceT1, row.PriceT2, row.PriceT3, row.PriceT4),
            new DisplaySettings((DisplayItems)row.DisplayItems, row.DisplaySecondsPerItem, row.DisplayEnergyDecimals),
            new RelayRules(row.PowerLimitKw, row.SwitchOffThreshold, row.NeverSwitchOff, row.NoSwitchOffOnSaturday, row.NoSwitchOffOnSunday)));
}
