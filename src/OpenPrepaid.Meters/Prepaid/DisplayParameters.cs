namespace OpenPrepaid.Meters.Prepaid;

/// <summary>
/// The display parameters object (0.0.96.50.4.255, manufacturer-specific Data): structure {items bit-string(16),
/// seconds_per_item unsigned 1-60, energy_decimals unsigned 0-3}.
/// </summary>
public sealed record DisplayParameters(DisplayItems Items, byte SecondsPerItem, byte EnergyDecimals)
{
    public const int ItemBitCount = 16;
    public const byte MinSecondsPerItem = 1;
    public const byte MaxSecondsPerItem = 60;
    public const byte MaxEnergyDecimals = 3;

    /// <summary>Balance, total energy, date and time and relay state, 5 s each, energy with one decimal.</summary>
    public static DisplayParameters Default { get; } = new(
        DisplayItems.Balance | DisplayItems.EnergyTotal | DisplayItems.DateTime | DisplayItems.RelayState,
        SecondsPerItem: 5,
        EnergyDecimals: 1);

    /// <summary>Returns null when the parameters are valid, else what is wrong with which field.</summary>
    public string? Validate()
    {
        if ((Items & ~DisplayItems.All) != 0)
        {
            return $"items sets reserved bits (0x{(ushort)(Items & ~DisplayItems.All):X4}); bits 12-15 must be zero";
        }

        if (SecondsPerItem is < MinSecondsPerItem or > MaxSecondsPerItem)
        {
            return $"seconds per item is {SecondsPerItem}; expected {MinSecondsPerItem}-{MaxSecondsPerItem}";
        }

        if (EnergyDecimals > MaxEnergyDecimals)
        {
            return $"energy decimals is {EnergyDecimals}; expected 0-{MaxEnergyDecimals}";
        }

        return null;
    }
}
