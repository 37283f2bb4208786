using System.Buffers;
using System.Buffers.Binary;

namespace OpenPrepaid.Dlms.Axdr;

/// <summary>Big-endian writer into a growing buffer; the counterpart of <see cref="AxdrReader"/>.</summary>
public sealed class AxdrWriter
{
    private readonly ArrayBufferWriter<byte> _buffer;

    public AxdrWriter(int initialCapacity = 256)
    {
        _buffer = new ArrayBufferWriter<byte>(Math.Max(initialCapacity, 1));
    }

    public int Length => _buffer.WrittenCount;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.WrittenMemory;

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    public void WriteByte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    public void WriteSByte(sbyte value) => WriteByte(unchecked((byte)value));

    public void WriteUInt16(ushort value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(_buffer.GetSpan(2), value);
        _buffer.Advance(2);
    }

    public void WriteInt16(short value)
    {
        BinaryPrimitives.WriteInt16BigEndian(_buffer.GetSpan(2), value);
        _buffer.Advance(2);
    }

    public void WriteUInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(_buffer.GetSpan(4), value);
        _buffer.Advance(4);
    }

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(_buffer.GetSpan(4), value);
        _buffer.Advance(4);
    }

    public void WriteUInt64(ulong value)
    {
        BinaryPrimitives.WriteUInt64BigEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    public void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    public void WriteSingle(float value)
    {
        BinaryPrimitives.WriteSingleBigEndian(_buffer.GetSpan(4), value);
        _buffer.Advance(4);
    }

    public void WriteDouble(double value)
    {
        BinaryPrimitives.WriteDoubleBigEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.GetSpan(bytes.Length));
        _buffer.Advance(bytes.Length);
    }

    /// <summary>
    /// Writes an A-XDR length in its shortest form: one byte below 0x80, else 0x81, 0x82 or 0x84 followed
    /// by the big-endian length (the same forms <see cref="AxdrReader.ReadLength"/> reads).
    /// </summary>
    public void WriteLength(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);

        if (length < 0x80)
        {
            WriteByte((byte)length);
        }
        else if (length <= 0xFF)
        {
            WriteByte(0x81);
            WriteByte((byte)length);
        }
        else if (length <= 0xFFFF)
        {
            WriteByte(0x82);
            WriteUInt16((ushort)length);
        }
        else
        {
            WriteByte(0x84);
            WriteUInt32((uint)length);
        }
    }

    /// <summary>Writes an A-XDR length followed by the bytes.</summary>
    public void WriteLengthPrefixed(ReadOnlySpan<byte> bytes)
    {
        WriteLength(bytes.Length);
        WriteBytes(bytes);
    }
}
