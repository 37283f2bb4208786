namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR delta-long (Integer16 difference).</summary>
public sealed record DeltaLongData(short Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.DeltaLong;

    public override bool TryGetInteger(out Int128 value)
    {
        value = Value;
        return true;
    }
}
