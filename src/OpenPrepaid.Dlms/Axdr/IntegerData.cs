namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR integer (Integer8).</summary>
public sealed record IntegerData(sbyte Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.Integer;

    public override bool TryGetInteger(out Int128 value)
    {
        value = Value;
        return true;
    }
}
