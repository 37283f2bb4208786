using System.Buffers.Binary;

namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>Writes HDLC frames (frame format type 3) with their flags, HCS and FCS.</summary>
public static class HdlcFrameEncoder
{
    /// <summary>The opening and closing flag.</summary>
    public const byte Flag = 0x7E;

    /// <summary>Largest value of the 11-bit frame length field.</summary>
    public const int MaxFrameLength = 0x7FF;

    /// <summary>Smallest frame between the flags: format, two 1-byte addresses, control and FCS (IEC 62056-46 6.4.4.2.3).</summary>
    public const int MinFrameLength = 7;

    internal const int FormatSize = 2;

    // Format field, 16 bits big-endian: bits 15..12 = 1010 (type 3), bit 11 = S (segmentation), bits 10..0 = length.
    private const ushort FormatType3 = 0xA000;
    private const ushort SegmentationBit = 0x0800;

    /// <summary>Number of bytes <see cref="Encode(HdlcFrame, Span{byte})"/> writes: the frame plus both flags.</summary>
    public static int GetEncodedLength(HdlcFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return frame.Length + 2;
    }

    /// <summary>Encodes one frame with an opening and a closing flag.</summary>
    public static byte[] Encode(HdlcFrame frame)
    {
        var buffer = new byte[GetEncodedLength(frame)];
        Encode(frame, buffer);
        return buffer;
    }

    /// <summary>
    /// Encodes one frame with both flags into <paramref name="destination"/> and returns the bytes written.
    /// Throws <see cref="ArgumentException"/> when the frame is longer than the 11-bit length field allows.
    /// </summary>
    public static int Encode(HdlcFrame frame, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(frame);
        int length = frame.Length;
        if (length > MaxFrameLength)
        {
            throw new ArgumentException(
                $"The frame would be {length} bytes long, more than the {MaxFrameLength} the HDLC length field can carry; segment the information field.",
                nameof(frame));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, length + 2, nameof(destination));

        destination[0] = Flag;
        Span<byte> body = destination.Slice(1, length);
        ushort format = (ushort)(FormatType3 | (frame.Segmented ? SegmentationBit : 0) | length);
        BinaryPrimitives.WriteUInt16BigEndian(body, format);

        int offset = FormatSize;
        frame.Destination.Write(body[offset..]);
        offset += frame.Destination.Size;
        frame.Source.Write(body[offset..]);
        offset += frame.Source.Size;
        body[offset++] = frame.Control.Value;

        if (!frame.Information.IsEmpty)
        {
            HdlcCrc.Write(body[..offset], body[offset..]);
            offset += HdlcCrc.Size;
            frame.Information.Span.CopyTo(body[offset..]);
            offset += frame.Information.Length;
        }

        HdlcCrc.Write(body[..offset], body[offset..]);
        destination[length + 1] = Flag;
        return length + 2;
    }

    /// <summary>
    /// Encodes several frames back to back. With <paramref name="shareFlags"/> the closing flag of one frame is
    /// also the opening flag of the next, as IEC 62056-46 allows when a window holds several frames.
    /// </summary>
    public static byte[] Encode(IReadOnlyList<HdlcFrame> frames, bool shareFlags)
    {
        ArgumentNullException.ThrowIfNull(frames);
        int total = 0;
        foreach (HdlcFrame frame in frames)
        {
            total += GetEncodedLength(frame);
        }

        if (shareFlags && frames.Count > 1)
        {
            total -= frames.Count - 1;
        }

        var buffer = new byte[total];
        int offset = 0;
        foreach (HdlcFrame frame in frames)
        {
            int written = Encode(frame, buffer.AsSpan(offset));
            offset += shareFlags ? written - 1 : written;
        }

        return buffer;
    }
}
