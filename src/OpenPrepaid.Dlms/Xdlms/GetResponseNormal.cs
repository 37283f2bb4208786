using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Get-Response-Normal: C4 01 invoke-id Get-Data-Result.</summary>
public sealed record GetResponseNormal(InvokeIdAndPriority InvokeId, GetDataResult Result) : DlmsApdu
{
    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.GetResponse);
        writer.WriteByte(1);
        writer.WriteByte(InvokeId.Value);
        Result.Write(writer);
    }
}
