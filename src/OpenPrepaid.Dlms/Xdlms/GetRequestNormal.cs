using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Get-Request-Normal: C0 01 invoke-id descriptor access-selection.</summary>
public sealed record GetRequestNormal(InvokeIdAndPriority InvokeId, AttributeReference Reference) : DlmsApdu
{
    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.GetRequest);
        writer.WriteByte(1);
        writer.WriteByte(InvokeId.Value);
        Reference.Write(writer);
    }
}
