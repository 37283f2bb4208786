namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR boolean: one byte, zero is false and any other value true (sent as 0x01).</summary>
public sealed record BooleanData(bool Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.Boolean;
}
