using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>
/// DataBlock-SA of SET and ACTION block transfer: last-block flag, block number (from 1) and the raw bytes
/// of this block, a slice of the encoded Data.
/// </summary>
public sealed record DataBlockSa(bool LastBlock, uint BlockNumber, byte[] RawData)
{
    /// <summary>Bytes around the raw data: last flag, block number and a length of up to 3 bytes.</summary>
    public const int MaxOverhead = 1 + 4 + 3;

    public static DataBlockSa Read(ref AxdrReader reader)
    {
        var last = reader.ReadByte() != 0;
        var number = reader.ReadUInt32();
        var raw = reader.ReadBytes(reader.ReadCount(1, "Data block"));
        return new DataBlockSa(last, number, raw);
    }

    public void Write(AxdrWriter writer)
    {
        writer.WriteByte(LastBlock ? (byte)1 : (byte)0);
        writer.WriteUInt32(BlockNumber);
        writer.WriteLengthPrefixed(RawData);
    }

    public bool Equals(DataBlockSa? other) =>
        other is not null && LastBlock == other.LastBlock && BlockNumber == other.BlockNumber && RawData.AsSpan().SequenceEqual(other.RawData);

    public override int GetHashCode() => HashCode.Combine(LastBlock, BlockNumber, RawData.Length);
}
