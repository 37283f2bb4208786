namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR double-long-unsigned (Unsigned32).</summary>
public sealed record DoubleLongUnsignedData(uint Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.DoubleLongUnsigned;

    public override bool TryGetInteger(out Int128 value)
    {
        value = Value;
        return true;
    }
}
