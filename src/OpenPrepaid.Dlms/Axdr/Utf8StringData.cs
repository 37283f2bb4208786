namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR utf8-string: an A-XDR length in bytes and UTF-8 text.</summary>
public sealed record Utf8StringData(string Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.Utf8String;
}
