namespace OpenPrepaid.Core.Settings;

/// <summary>The items a meter shows in its display cycle.</summary>
[Flags]
public enum DisplayItems
{
    None = 0,
    Balance = 1 << 0,
    EnergyTotal = 1 << 1,
    EnergyPerTariff = 1 << 2,
    ActivePower = 1 << 3,
    Clock = 1 << 4,
    Date = 1 << 5,
    LastTopUp = 1 << 6,
    TariffPrice = 1 << 7,
    Temperature = 1 << 8,
    RelayState = 1 << 9,

    All = (1 << 10) - 1,
}
