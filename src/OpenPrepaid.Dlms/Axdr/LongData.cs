namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR long (Integer16).</summary>
public sealed record LongData(short Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.Long;

    public override bool TryGetInteger(out Int128 value)
    {
        value = Value;
        return true;
    }
}
