namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR double-long (Integer32).</summary>
public sealed record DoubleLongData(int Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.DoubleLong;

    public override bool TryGetInteger(out Int128 value)
    {
        value = Value;
        return true;
    }
}
