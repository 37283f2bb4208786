namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR visible-string: an A-XDR length and printable ASCII (ISO 646) characters.</summary>
public sealed record VisibleStringData(string Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.VisibleString;
}
