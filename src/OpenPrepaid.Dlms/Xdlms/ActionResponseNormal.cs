using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>
/// Action-Response-Normal: C7 01 invoke-id Action-Result, then 00 (no return parameters) or 01 and a
/// Get-Data-Result.
/// </summary>
public sealed record ActionResponseNormal(InvokeIdAndPriority InvokeId, ActionResult Result, GetDataResult? ReturnParameters = null) : DlmsApdu
{
    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.ActionResponse);
        writer.WriteByte(1);
        writer.WriteByte(InvokeId.Value);
        writer.WriteByte((byte)Result);
        if (ReturnParameters is null)
        {
            writer.WriteByte(0);
        }
        else
        {
            writer.WriteByte(1);
            ReturnParameters.Write(writer);
        }
    }
}
