namespace OpenPrepaid.Core.Settings;

/// <summary>One writable prepaid setting, as written, read back and compared field by field.</summary>
public enum SettingField
{
    PriceTariff1,
    PriceTariff2,
    PriceTariff3,
    PriceTariff4,
    DisplayItems,
    DisplaySecondsPerItem,
    DisplayEnergyDecimals,
    PowerLimitKw,
    SwitchOffThreshold,
    NeverSwitchOff,
    NoSwitchOffOnSaturday,
    NoSwitchOffOnSunday,
}
