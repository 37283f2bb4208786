namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR enum: one unsigned byte whose meaning the attribute defines.</summary>
public sealed record EnumData(byte Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.Enum;

    public override bool TryGetInteger(out Int128 value)
    {
        value = Value;
        return true;
    }
}
