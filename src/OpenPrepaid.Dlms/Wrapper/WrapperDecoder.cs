using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Dlms.Wrapper;

/// <summary>
/// Takes IEC 62056-47 wrapper PDUs from the front of a receive buffer. A TCP stream may split a PDU over
/// several segments or carry several PDUs back to back, so the length field alone marks where each one ends.
/// </summary>
public static class WrapperDecoder
{
    private const int LengthOffset = 6;
    private const byte VersionHighByte = WrapperHeader.CurrentVersion >> 8;
    private const byte VersionLowByte = WrapperHeader.CurrentVersion & 0xFF;

    /// <summary>Decodes the PDU at the front of <paramref name="buffer"/>.</summary>
    /// <param name="buffer">Received bytes, starting where the previous PDU ended.</param>
    /// <param name="maxApduLength">Largest accepted length field; checked before waiting for the APDU bytes.</param>
    public static WrapperDecodeResult Decode(ReadOnlySpan<byte> buffer, int maxApduLength = ushort.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxApduLength);

        // The version is checked as soon as its two bytes are here, so junk is reported without waiting for a header.
        if ((buffer.Length >= 1 && buffer[0] != VersionHighByte) || (buffer.Length >= 2 && buffer[1] != VersionLowByte))
        {
            return WrapperDecodeResult.Invalid(WrapperFrameError.WrongVersion, 0);
        }

        if (buffer.Length < WrapperHeader.Size)
        {
            return WrapperDecodeResult.NeedMoreData;
        }

        WrapperHeader header = WrapperHeader.Read(buffer);
        if (header.Length > maxApduLength)
        {
            return WrapperDecodeResult.Invalid(WrapperFrameError.LengthTooLong, LengthOffset);
        }

        int total = WrapperHeader.Size + header.Length;
        if (buffer.Length < total)
        {
            return WrapperDecodeResult.NeedMoreData;
        }

        byte[] apdu = buffer[WrapperHeader.Size..total].ToArray();
        return WrapperDecodeResult.Complete(new WrapperPdu(header.SourcePort, header.DestinationPort, apdu), total);
    }
}
