using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Set-Request-With-First-Datablock: C1 02 invoke-id descriptor access-selection DataBlock-SA.</summary>
public sealed record SetRequestWithFirstDataBlock(InvokeIdAndPriority InvokeId, AttributeReference Reference, DataBlockSa Block) : DlmsApdu
{
    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.SetRequest);
        writer.WriteByte(2);
        writer.WriteByte(InvokeId.Value);
        Reference.Write(writer);
        Block.Write(writer);
    }
}
