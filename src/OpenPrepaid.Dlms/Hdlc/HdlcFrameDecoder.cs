using System.Buffers;
using System.Buffers.Binary;
using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>
/// Takes HDLC frames (frame format type 3) from the front of a receive buffer. Offsets from the opening flag:
/// <code>
/// 0      flag 0x7E
/// 1..2   format: 1010, S bit, 11-bit length L (bytes between the flags)
/// 3..    destination address (1, 2 or 4 bytes), source address (1, 2 or 4 bytes), control (1 byte)
///        HCS (2 bytes) and information, both only when the frame has an information field
/// L-1..L FCS, low byte first
/// L+1    flag 0x7E
/// </code>
/// The end of a frame comes only from the length field: IEC 62056-46 uses no byte stuffing, so a 0x7E inside
/// the information field is data. The declared length is checked against the maximum before waiting for the
/// bytes, and the HCS as soon as the header is there, so a corrupt header never makes the caller wait for a
/// bogus length.
/// </summary>
public static class HdlcFrameDecoder
{
    private const int FormatOffset = 1;
    private const int AddressOffset = 3;
    private const byte FormatTypeMask = 0xF0;
    private const byte FormatType3 = 0xA0;
    private const byte SegmentationBit = 0x08;
    private const int LengthMask = 0x07FF;

    /// <summary>
    /// Decodes the frame at the front of <paramref name="buffer"/>. Extra flags before it (inter-frame fill, or
    /// the closing flag of the previous frame when flags are not shared) are skipped. The closing flag stays in
    /// the buffer, because it may also open the next frame.
    /// </summary>
    /// <param name="buffer">Received bytes, starting where the previous decode stopped.</param>
    /// <param name="maxFrameLength">Largest accepted length field (at most 2047).</param>
    public static HdlcDecodeResult Decode(ReadOnlySpan<byte> buffer, int maxFrameLength = HdlcFrameEncoder.MaxFrameLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFrameLength, HdlcFrameEncoder.MinFrameLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxFrameLength, HdlcFrameEncoder.MaxFrameLength);

        if (buffer.IsEmpty)
        {
            return HdlcDecodeResult.NeedMoreData;
        }

        if (buffer[0] != HdlcFrameEncoder.Flag)
        {
            int nextFlag = buffer.IndexOf(HdlcFrameEncoder.Flag);
            return HdlcDecodeResult.Invalid(HdlcFrameError.MissingOpeningFlag, 0, nextFlag < 0 ? buffer.Length : nextFlag);
        }

        int start = 0;
        while (start + 1 < buffer.Length && buffer[start + 1] == HdlcFrameEncoder.Flag)
        {
            start++;
        }

        HdlcDecodeResult result = DecodeAtFlag(buffer[start..], maxFrameLength, out int consumed);
        return result.Status switch
        {
            FrameDecodeStatus.Complete => HdlcDecodeResult.Complete(result.Frame!, start + consumed),
            FrameDecodeStatus.Invalid => HdlcDecodeResult.Invalid(result.Error, start + result.ErrorOffset, start + result.Consumed),
            _ => HdlcDecodeResult.NeedMoreData,
        };
    }

    private static HdlcDecodeResult DecodeAtFlag(ReadOnlySpan<byte> buffer, int maxFrameLength, out int consumed)
    {
        consumed = 0;
        if (buffer.Length < AddressOffset)
        {
            return buffer.Length > FormatOffset && (buffer[FormatOffset] & FormatTypeMask) != FormatType3
                ? Skip(HdlcFrameError.InvalidFormat, FormatOffset)
                : HdlcDecodeResult.NeedMoreData;
        }

        ushort format = BinaryPrimitives.ReadUInt16BigEndian(buffer[FormatOffset..]);
        if ((buffer[FormatOffset] & FormatTypeMask) != FormatType3)
        {
            return Skip(HdlcFrameError.InvalidFormat, FormatOffset);
        }

        int length = format & LengthMask;
        bool segmented = (buffer[FormatOffset] & SegmentationBit) != 0;
        if (length < HdlcFrameEncoder.MinFrameLength)
        {
            return Skip(HdlcFrameError.LengthTooShort, FormatOffset);
        }

        if (length > maxFrameLength)
        {
            return Skip(HdlcFrameError.LengthTooLong, FormatOffset);
        }

        // The frame occupies buffer[1 .. length] and its closing flag is buffer[length + 1].
        ReadOnlySpan<byte> body = buffer.Slice(FormatOffset, Math.Min(length, buffer.Length - FormatOffset));
        HdlcDecodeResult? headerProblem = ReadHeader(body, length, out HdlcAddress destination, out HdlcAddress source, out int headerLength);
        if (headerProblem is not null)
        {
            return headerProblem.Value;
        }

        int remaining = length - headerLength - HdlcCrc.Size;
        bool hasInformation = remaining > 0;
        if (hasInformation && body.Length >= headerLength + HdlcCrc.Size
            && !HdlcCrc.Matches(body[..headerLength], body.Slice(headerLength, HdlcCrc.Size)))
        {
            return Skip(HdlcFrameError.HeaderChecksumMismatch, FormatOffset + headerLength);
        }

        if (buffer.Length < length + 2)
        {
            return HdlcDecodeResult.NeedMoreData;
        }

        if (buffer[length + 1] != HdlcFrameEncoder.Flag)
        {
            return Skip(HdlcFrameError.MissingClosingFlag, length + 1);
        }

        int fcsOffset = length - HdlcCrc.Size;
        if (!HdlcCrc.Matches(body[..fcsOffset], body[fcsOffset..]))
        {
            // The header was sound and the closing flag sits where the length puts it, so the whole frame can
            // be skipped; its closing flag stays to open the next frame.
            return HdlcDecodeResult.Invalid(HdlcFrameError.FrameChecksumMismatch, FormatOffset + fcsOffset, length + 1);
        }

        byte[] information = hasInformation
            ? body[(headerLength + HdlcCrc.Size)..fcsOffset].ToArray()
            : [];
        var control = new HdlcControl(body[headerLength - 1]);
        consumed = length + 1;
        return HdlcDecodeResult.Complete(new HdlcFrame(destination, source, control, information, segmented), consumed);
    }

    // Returns null when the whole header is there and consistent with the length field.
    private static HdlcDecodeResult? ReadHeader(ReadOnlySpan<byte> body, int length, out HdlcAddress destination, out HdlcAddress source, out int headerLength)
    {
        source = default;
        headerLength = 0;
        int offset = AddressOffset - FormatOffset;
        OperationStatus status = HdlcAddress.TryRead(body[offset..], out destination, out int destinationSize);
        if (status != OperationStatus.Done)
        {
            return AddressProblem(status, body.Length, length, FormatOffset + offset);
        }

        offset += destinationSize;
        status = HdlcAddress.TryRead(body[offset..], out source, out int sourceSize);
        if (status != OperationStatus.Done)
        {
            return AddressProblem(status, body.Length, length, FormatOffset + offset);
        }

        offset += sourceSize;
        headerLength = offset + 1;

        // After the control byte there is either the FCS alone, or HCS + information + FCS. One or two spare
        // bytes cannot be an HCS followed by information, but an HCS with an empty information field is accepted.
        int remaining = length - headerLength - HdlcCrc.Size;
        if (remaining < 0 || remaining == 1)
        {
            return Skip(HdlcFrameError.LengthTooShort, FormatOffset);
        }

        return body.Length < headerLength ? HdlcDecodeResult.NeedMoreData : null;
    }

    private static HdlcDecodeResult AddressProblem(OperationStatus status, int available, int length, int offset)
    {
        if (status == OperationStatus.InvalidData)
        {
            return Skip(HdlcFrameError.InvalidAddress, offset);
        }

        // The address has not ended within the bytes the length field covers, so it never will.
        return available >= length
            ? Skip(HdlcFrameError.LengthTooShort, FormatOffset)
            : HdlcDecodeResult.NeedMoreData;
    }

    // Skips only the opening flag: the next decode looks for the next flag, which resynchronises the stream.
    private static HdlcDecodeResult Skip(HdlcFrameError error, int offset) => HdlcDecodeResult.Invalid(error, offset, 1);
}
