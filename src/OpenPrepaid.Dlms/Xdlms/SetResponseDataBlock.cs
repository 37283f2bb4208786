using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Set-Response-Datablock: C5 02 invoke-id block-number, acknowledging a block and asking for the next.</summary>
public sealed record SetResponseDataBlock(InvokeIdAndPriority InvokeId, uint BlockNumber) : DlmsApdu
{
    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.SetResponse);
        writer.WriteByte(2);
        writer.WriteByte(InvokeId.Value);
        writer.WriteUInt32(BlockNumber);
    }
}
