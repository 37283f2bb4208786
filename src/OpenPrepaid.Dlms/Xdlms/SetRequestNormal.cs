using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Set-Request-Normal: C1 01 invoke-id descriptor access-selection Data.</summary>
public sealed record SetRequestNormal(InvokeIdAndPriority InvokeId, AttributeReference Reference, DlmsData Value) : DlmsApdu
{
    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.SetRequest);
        writer.WriteByte(1);
        writer.WriteByte(InvokeId.Value);
        Reference.Write(writer);
        DlmsDataCodec.Write(writer, Value);
    }
}
