using OpenPrepaid.Core.Readings;

namespace OpenPrepaid.Core.Settings;

/// <summary>
/// Prepaid settings as read from a meter. A null field means the meter does not have that setting (its
/// model marks the object optional and the meter reported it undefined).
/// </summary>
public sealed record MeterSettings
{
    public TariffValues? Prices { get; init; }

    public DisplayItems? DisplayItems { get; init; }

    public int? DisplaySecondsPerItem { get; init; }

    public int? DisplayEnergyDecimals { get; init; }

    public decimal? PowerLimitKw { get; init; }

    public decimal? SwitchOffThreshold { get; init; }

    public bool? NeverSwitchOff { get; init; }

    public bool? NoSwitchOffOnSaturday { get; init; }

    public bool? NoSwitchOffOnSunday { get; init; }

    /// <summary>Returns the value of one field, boxed, or null when the meter does not have it.</summary>
    public object? ValueOf(SettingField field) => field switch
    {
        SettingField.PriceTariff1 => Prices?.Tariff1,
        SettingField.PriceTariff2 => Prices?.Tariff2,
        SettingField.PriceTariff3 => Prices?.Tariff3,
        SettingField.PriceTariff4 => Prices?.Tariff4,
        SettingField.DisplayItems => DisplayItems,
        SettingField.DisplaySecondsPerItem => DisplaySecondsPerItem,
        SettingField.DisplayEnergyDecimals => DisplayEnergyDecimals,
        SettingField.PowerLimitKw => PowerLimitKw,
        SettingField.SwitchOffThreshold => SwitchOffThreshold,
        SettingField.NeverSwitchOff => NeverSwitchOff,
        SettingField.NoSwitchOffOnSaturday => NoSwitchOffOnSaturday,
        SettingField.NoSwitchOffOnSunday => NoSwitchOffOnSunday,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown setting field."),
    };
}
