namespace OpenPrepaid.Meters.Prepaid;

/// <summary>
/// Items the meter's display shows in its cycle: the first member of the display parameters object
/// (0.0.96.50.4.255), a bit-string of 16 bits. Each flag is 1 &lt;&lt; bit number, bit 0 first; bits 12-15 are reserved.
/// </summary>
[Flags]
public enum DisplayItems : ushort
{
    None = 0,
    Balance = 1 << 0,
    EnergyTotal = 1 << 1,
    EnergyTariff1 = 1 << 2,
    EnergyTariff2 = 1 << 3,
    EnergyTariff3 = 1 << 4,
    EnergyTariff4 = 1 << 5,
    ActivePower = 1 << 6,
    DateTime = 1 << 7,
    LastTopUp = 1 << 8,
    RelayState = 1 << 9,
    Temperature = 1 << 10,
    ActivePrice = 1 << 11,

    /// <summary>Every defined item; bits outside it are reserved.</summary>
    All = (1 << 12) - 1,
}
