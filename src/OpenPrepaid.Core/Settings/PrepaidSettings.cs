namespace OpenPrepaid.Core.Settings;

/// <summary>A complete set of prepaid settings, as a profile stores them and a write sends them.</summary>
public sealed record PrepaidSettings(TariffPrices Prices, DisplaySettings Display, RelayRules Relay)
{
    /// <summary>Returns the value of one field, boxed, for field-by-field reporting.</summary>
    public object ValueOf(SettingField field) => field switch
    {
        SettingField.PriceTariff1 => Prices.Tariff1,
        SettingField.PriceTariff2 => Prices.Tariff2,
        SettingField.PriceTariff3 => Prices.Tariff3,
        SettingField.PriceTariff4 => Prices.Tariff4,
        SettingField.DisplayItems => Display.Items,
        SettingField.DisplaySecondsPerItem => Display.SecondsPerItem,
        SettingField.DisplayEnergyDecimals => Display.EnergyDecimals,
        SettingField.PowerLimitKw => Relay.PowerLimitKw,
        SettingField.SwitchOffThreshold => Relay.SwitchOffThreshold,
        SettingField.NeverSwitchOff => Relay.NeverSwitchOff,
        SettingField.NoSwitchOffOnSaturday => Relay.NoSwitchOffOnSaturday,
        SettingField.NoSwitchOffOnSunday => Relay.NoSwitchOffOnSunday,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown setting field."),
    };

    /// <summary>Returns the same values in the form a meter read produces.</summary>
    public MeterSettings ToMeterSettings() => new()
    {
        Prices = new Readings.TariffValues(Prices.Tariff1, Prices.Tariff2, Prices.Tariff3, Prices.Tariff4),
        DisplayItems = Display.Items,
        DisplaySecondsPerItem = Display.SecondsPerItem,
        DisplayEnergyDecimals = Display.EnergyDecimals,
        PowerLimitKw = Relay.PowerLimitKw,
        SwitchOffThreshold = Relay.SwitchOffThreshold,
        NeverSwitchOff = Relay.NeverSwitchOff,
        NoSwitchOffOnSaturday = Relay.NoSwitchOffOnSaturday,
        NoSwitchOffOnSunday = Relay.NoSwitchOffOnSunday,
    };
}
