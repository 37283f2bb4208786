namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR time (tag 27): 4 bytes with no length.</summary>
public sealed record TimeData(CosemTime Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.Time;
}
