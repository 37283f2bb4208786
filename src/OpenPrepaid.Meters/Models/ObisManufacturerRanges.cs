using OpenPrepaid.Dlms.Cosem;

namespace OpenPrepaid.Meters.Models;

/// <summary>The OBIS value ranges that are left to manufacturers, in which a model defines its own objects.</summary>
public static class ObisManufacturerRanges
{
    /// <summary>
    /// Whether an OBIS code lies in a manufacturer-specific range: C 128-199, D, E or F 128-254, or the
    /// abstract general-service codes C = 96 with D 50-99.
    /// </summary>
    public static bool Contains(ObisCode code)
    {
        return code.C is >= 128 and <= 199
            || code.D is >= 128 and <= 254
            || code.E is >= 128 and <= 254
            || code.F is >= 128 and <= 254
            || (code.C == 96 && code.D is >= 50 and <= 99);
    }
}
