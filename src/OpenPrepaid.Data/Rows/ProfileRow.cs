namespace OpenPrepaid.Data.Rows;

/// <summary>One stored prepaid profile, flat.</summary>
internal sealed class ProfileRow
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The name in upper case (invariant), unique, so names differing only in case collide.</summary>
    public string NormalizedName { get; set; } = string.Empty;

    public decimal PriceT1 { get; set; }

    public decimal PriceT2 { get; set; }

    public decimal PriceT3 { get; set; }

    public decimal PriceT4 { get; set; }

    public int DisplayItems { get; set; }

    public int DisplaySecondsPerItem { get; set; }

    public int DisplayEnergyDecimals { get; set; }

    public decimal PowerLimitKw { get; set; }

    public decimal SwitchOffThreshold { get; set; }

    public bool NeverSwitchOff { get; set; }

    public bool NoSwitchOffOnSaturday { get; set; }

    public bool NoSwitchOffOnSunday { get; set; }
}
