namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR bcd: one byte, two packed decimal digits.</summary>
public sealed record BcdData(byte Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.Bcd;

    public override bool TryGetInteger(out Int128 value)
    {
        value = Value;
        return true;
    }
}
