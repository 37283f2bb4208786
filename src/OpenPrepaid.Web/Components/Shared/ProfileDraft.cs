using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Web.Components.Shared;

/// <summary>Starting values for a new profile: the settings read from a meter where it reported them, neutral values elsewhere.</summary>
public static class ProfileDraft
{
    public static PrepaidSettings FromMeter(MeterSettings? meter) => new(
        new TariffPrices(
            meter?.Prices?.Tariff1 ?? 0m,
            meter?.Prices?.Tariff2 ?? 0m,
            meter?.Prices?.Tariff3 ?? 0m,
            meter?.Prices?.Tariff4 ?? 0m),
        new DisplaySettings(
            meter?.DisplayItems ?? (DisplayItems.Balance | DisplayItems.EnergyTotal),
            meter?.DisplaySecondsPerItem ?? 5,
            meter?.DisplayEnergyDecimals ?? 1),
        new RelayRules(
            meter?.PowerLimitKw ?? 0m,
            meter?.SwitchOffThreshold ?? 0m,
            meter?.NeverSwitchOff ?? false,
            meter?.NoSwitchOffOnSaturday ?? false,
            meter?.NoSwitchOffOnSunday ?? false));
}
