namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR null-data: no content.</summary>
public sealed record NullData : DlmsData
{
    public static NullData Instance { get; } = new();

    public override DlmsDataType Type => DlmsDataType.NullData;
}
