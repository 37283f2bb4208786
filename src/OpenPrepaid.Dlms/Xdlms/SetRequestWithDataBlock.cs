using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>
/// Set-Request-With-Datablock: C1 03 invoke-id DataBlock-SA. It carries no descriptor: the server keeps the
/// one from the first block.
/// </summary>
public sealed record SetRequestWithDataBlock(InvokeIdAndPriority InvokeId, DataBlockSa Block) : DlmsApdu
{
    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.SetRequest);
        writer.WriteByte(3);
        writer.WriteByte(InvokeId.Value);
        Block.Write(writer);
    }
}
