namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR dont-care: no content, used in compact-array descriptions and selective access.</summary>
public sealed record DontCareData : DlmsData
{
    public static DontCareData Instance { get; } = new();

    public override DlmsDataType Type => DlmsDataType.DontCare;
}
