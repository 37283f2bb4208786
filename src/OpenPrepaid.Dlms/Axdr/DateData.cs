namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR date (tag 26): 5 bytes with no length.</summary>
public sealed record DateData(CosemDate Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.Date;
}
