using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Cli.Output;

/// <summary>
/// Prepaid settings in <c>--json</c> output: prices per kWh in money units, the power limit in kW, the switch-off
/// threshold in money units. A null field is one the meter does not have.
/// </summary>
internal sealed record SettingsDocument(
    decimal? PriceTariff1,
    decimal? PriceTariff2,
    decimal? PriceTariff3,
    decimal? PriceTariff4,
    IReadOnlyList<string>? DisplayItems,
    int? DisplaySecondsPerItem,
    int? DisplayEnergyDecimals,
    decimal? PowerLimitKw,
    decimal? SwitchOffThreshold,
    bool? NeverSwitchOff,
    bool? NoSwitchOffOnSaturday,
    bool? NoSwitchOffOnSunday)
{
    public static SettingsDocument From(MeterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        return new SettingsDocument(
            settings.Prices?.Tariff1,
            settings.Prices?.Tariff2,
            settings.Prices?.Tariff3,
            settings.Prices?.Tariff4,
            settings.DisplayItems is { } items ? DisplayItemNames.Names(items) : null,
            settings.DisplaySecondsPerItem,
            settings.DisplayEnergyDecimals,
            settings.PowerLimitKw,
            settings.SwitchOffThreshold,
            settings.NeverSwitchOff,
            settings.NoSwitchOffOnSaturday,
            settings.NoSwitchOffOnSunday);
    }
}
