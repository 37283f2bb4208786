using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Get-Request-Next: C0 02 invoke-id block-number, acknowledging the block just received.</summary>
public sealed record GetRequestNext(InvokeIdAndPriority InvokeId, uint BlockNumber) : DlmsApdu
{
    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.GetRequest);
        writer.WriteByte(2);
        writer.WriteByte(InvokeId.Value);
        writer.WriteUInt32(BlockNumber);
    }
}
