using System.Buffers.Binary;

namespace OpenPrepaid.Dlms.Axdr;

/// <summary>
/// Bounds-checked big-endian reader over a byte span. Every read that runs past the end throws one
/// <see cref="DlmsProtocolException"/> naming how many bytes were expected and how many remain.
/// </summary>
public ref struct AxdrReader
{
    private readonly ReadOnlySpan<byte> _buffer;

    public AxdrReader(ReadOnlySpan<byte> buffer)
    {
        _buffer = buffer;
        Position = 0;
    }

    /// <summary>Offset of the next byte to read.</summary>
    public int Position { get; private set; }

    public readonly int Remaining => _buffer.Length - Position;

    public readonly bool IsAtEnd => Position >= _buffer.Length;

    public readonly ReadOnlySpan<byte> RemainingSpan => _buffer[Position..];

    public byte ReadByte()
    {
        Require(1);
        return _buffer[Position++];
    }

    public readonly byte PeekByte()
    {
        Require(1);
        return _buffer[Position];
    }

    public sbyte ReadSByte() => unchecked((sbyte)ReadByte());

    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16BigEndian(ReadSpan(2));

    public short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(ReadSpan(2));

    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32BigEndian(ReadSpan(4));

    public int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(ReadSpan(4));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64BigEndian(ReadSpan(8));

    public long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(ReadSpan(8));

    public float ReadSingle() => BinaryPrimitives.ReadSingleBigEndian(ReadSpan(4));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleBigEndian(ReadSpan(8));

    public ReadOnlySpan<byte> ReadSpan(int count)
    {
        Require(count);
        var span = _buffer.Slice(Position, count);
        Position += count;
        return span;
    }

    public byte[] ReadBytes(int count) => ReadSpan(count).ToArray();

    /// <summary>
    /// Reads an A-XDR length: one byte below 0x80, else 0x8N followed by N big-endian bytes (N = 1..4).
    /// The result is checked to fit an <see cref="int"/>, so callers can compare it with <see cref="Remaining"/>.
    /// </summary>
    public int ReadLength()
    {
        var start = Position;
        var first = ReadByte();
        if (first < 0x80)
        {
            return first;
        }

        var size = first & 0x7F;
        if (size is 0 or > 4)
        {
            throw new DlmsProtocolException($"Invalid A-XDR length prefix 0x{first:X2}: expected 1 to 4 length bytes", start);
        }

        ulong length = 0;
        foreach (var b in ReadSpan(size))
        {
            length = (length << 8) | b;
        }

        if (length > int.MaxValue)
        {
            throw new DlmsProtocolException($"A-XDR length {length} is larger than any buffer this library accepts", start);
        }

        return (int)length;
    }

    /// <summary>
    /// Reads an A-XDR length that counts items of at least <paramref name="minimumItemSize"/> bytes each and
    /// checks it against the bytes left, so a forged count can never make the caller allocate without bound.
    /// </summary>
    public int ReadCount(int minimumItemSize, string what)
    {
        var start = Position;
        var count = ReadLength();
        if (minimumItemSize > 0 && (long)count * minimumItemSize > Remaining)
        {
            throw new DlmsProtocolException(
                $"{what} declares {count} elements but only {Remaining} bytes remain", start);
        }

        return count;
    }

    private readonly void Require(int count)
    {
        if (count < 0 || count > Remaining)
        {
            throw new DlmsProtocolException($"Unexpected end of data: expected {count} bytes, have {Remaining}", Position);
        }
    }
}
