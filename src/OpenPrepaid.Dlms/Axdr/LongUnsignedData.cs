namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR long-unsigned (Unsigned16).</summary>
public sealed record LongUnsignedData(ushort Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.LongUnsigned;

    public override bool TryGetInteger(out Int128 value)
    {
        value = Value;
        return true;
    }
}
