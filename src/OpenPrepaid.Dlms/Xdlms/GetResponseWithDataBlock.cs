using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>
/// Get-Response-With-Datablock: C4 02 invoke-id last-block block-number, then 00 and the raw bytes of this
/// block (a slice of the encoded Data), or 01 and a Data-Access-Result. Blocks are numbered from 1.
/// </summary>
public sealed record GetResponseWithDataBlock(
    InvokeIdAndPriority InvokeId,
    bool LastBlock,
    uint BlockNumber,
    byte[]? RawData,
    DataAccessResult Result = DataAccessResult.Success) : DlmsApdu
{
    /// <summary>Bytes this APDU adds around the raw data: tag, choice, invoke id, last flag, block number, result choice and a length of up to 3 bytes.</summary>
    public const int MaxOverhead = 1 + 1 + 1 + 1 + 4 + 1 + 3;

    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.GetResponse);
        writer.WriteByte(2);
        writer.WriteByte(InvokeId.Value);
        writer.WriteByte(LastBlock ? (byte)1 : (byte)0);
        writer.WriteUInt32(BlockNumber);
        if (RawData is not null)
        {
            writer.WriteByte(0);
            writer.WriteLengthPrefixed(RawData);
        }
        else
        {
            writer.WriteByte(1);
            writer.WriteByte((byte)Result);
        }
    }

    public bool Equals(GetResponseWithDataBlock? other) =>
        other is not null && InvokeId == other.InvokeId && LastBlock == other.LastBlock && BlockNumber == other.BlockNumber
        && Result == other.Result && (RawData is null ? other.RawData is null : other.RawData is not null && RawData.AsSpan().SequenceEqual(other.RawData));

    public override int GetHashCode() => HashCode.Combine(InvokeId, LastBlock, BlockNumber, Result);
}
