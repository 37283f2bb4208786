namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR date-time (tag 25): 12 bytes with no length. Many COSEM attributes send an octet-string(12) instead.</summary>
public sealed record DateTimeData(CosemDateTime Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.DateTime;
}
