namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR delta-long-unsigned (Unsigned16 difference).</summary>
public sealed record DeltaLongUnsignedData(ushort Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.DeltaLongUnsigned;

    public override bool TryGetInteger(out Int128 value)
    {
        value = Value;
        return true;
    }
}
