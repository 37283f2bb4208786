namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR delta-integer (Integer8 difference).</summary>
public sealed record DeltaIntegerData(sbyte Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.DeltaInteger;

    public override bool TryGetInteger(out Int128 value)
    {
        value = Value;
        return true;
    }
}
