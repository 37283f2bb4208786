namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR float32 (IEEE 754 single, big-endian). Equality compares the bit patterns, so NaN equals itself.</summary>
public sealed record Float32Data(float Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.Float32;

    public bool Equals(Float32Data? other) =>
        other is not null && BitConverter.SingleToInt32Bits(Value) == BitConverter.SingleToInt32Bits(other.Value);

    public override int GetHashCode() => BitConverter.SingleToInt32Bits(Value);
}
