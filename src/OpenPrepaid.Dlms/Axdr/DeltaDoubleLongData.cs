namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR delta-double-long (Integer32 difference).</summary>
public sealed record DeltaDoubleLongData(int Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.DeltaDoubleLong;

    public override bool TryGetInteger(out Int128 value)
    {
        value = Value;
        return true;
    }
}
