namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR delta-unsigned (Unsigned8 difference).</summary>
public sealed record DeltaUnsignedData(byte Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.DeltaUnsigned;

    public override bool TryGetInteger(out Int128 value)
    {
        value = Value;
        return true;
    }
}
