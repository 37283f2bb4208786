namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR float64 (IEEE 754 double, big-endian). Equality compares the bit patterns, so NaN equals itself.</summary>
public sealed record Float64Data(double Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.Float64;

    public bool Equals(Float64Data? other) =>
        other is not null && BitConverter.DoubleToInt64Bits(Value) == BitConverter.DoubleToInt64Bits(other.Value);

    public override int GetHashCode() => BitConverter.DoubleToInt64Bits(Value).GetHashCode();
}
