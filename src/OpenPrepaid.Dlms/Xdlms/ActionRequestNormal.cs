using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Action-Request-Normal: C3 01 invoke-id method-descriptor, then 00 (no parameters) or 01 and a Data value.</summary>
public sealed record ActionRequestNormal(InvokeIdAndPriority InvokeId, CosemMethodDescriptor Method, DlmsData? Parameters) : DlmsApdu
{
    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.ActionRequest);
        writer.WriteByte(1);
        writer.WriteByte(InvokeId.Value);
        Method.Write(writer);
        if (Parameters is null)
        {
            writer.WriteByte(0);
        }
        else
        {
            writer.WriteByte(1);
            DlmsDataCodec.Write(writer, Parameters);
        }
    }
}
