namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR unsigned (Unsigned8).</summary>
public sealed record UnsignedData(byte Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.Unsigned;

    public override bool TryGetInteger(out Int128 value)
    {
        value = Value;
        return true;
    }
}
