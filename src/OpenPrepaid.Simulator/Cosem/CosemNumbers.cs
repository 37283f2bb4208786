using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>Meter values in the A-XDR integer types of the model. A value outside the type's range is a fault of the simulation, not something to wrap.</summary>
internal static class CosemNumbers
{
    /// <summary>A double-long (signed 32-bit) of money in minor units; throws rather than wrap.</summary>
    public static DoubleLongData DoubleLong(long value) => new(checked((int)value));

    /// <summary>A double-long-unsigned of energy in Wh; throws rather than wrap.</summary>
    public static DoubleLongUnsignedData DoubleLongUnsigned(long value) => new(checked((uint)value));
}
