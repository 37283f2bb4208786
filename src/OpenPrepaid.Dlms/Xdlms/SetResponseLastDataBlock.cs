using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Set-Response-Last-Datablock: C5 03 invoke-id Data-Access-Result block-number, the outcome of a block transfer.</summary>
public sealed record SetResponseLastDataBlock(InvokeIdAndPriority InvokeId, DataAccessResult Result, uint BlockNumber) : DlmsApdu
{
    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.SetResponse);
        writer.WriteByte(3);
        writer.WriteByte(InvokeId.Value);
        writer.WriteByte((byte)Result);
        writer.WriteUInt32(BlockNumber);
    }
}
