using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Set-Response-Normal: C5 01 invoke-id Data-Access-Result.</summary>
public sealed record SetResponseNormal(InvokeIdAndPriority InvokeId, DataAccessResult Result) : DlmsApdu
{
    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.SetResponse);
        writer.WriteByte(1);
        writer.WriteByte(InvokeId.Value);
        writer.WriteByte((byte)Result);
    }
}
