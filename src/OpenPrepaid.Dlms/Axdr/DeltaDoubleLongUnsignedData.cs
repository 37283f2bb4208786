namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR delta-double-long-unsigned (Unsigned32 difference).</summary>
public sealed record DeltaDoubleLongUnsignedData(uint Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.DeltaDoubleLongUnsigned;

    public override bool TryGetInteger(out Int128 value)
    {
        value = Value;
        return true;
    }
}
