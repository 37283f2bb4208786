using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>
/// Result of <see cref="HdlcFrameDecoder.Decode"/>. After <see cref="FrameDecodeStatus.Complete"/> or
/// <see cref="FrameDecodeStatus.Invalid"/> the caller removes <see cref="Consumed"/> bytes from the front of its
/// buffer; after <see cref="FrameDecodeStatus.NeedMoreData"/> nothing is consumed.
/// </summary>
public readonly struct HdlcDecodeResult
{
    private HdlcDecodeResult(FrameDecodeStatus status, HdlcFrame? frame, int consumed, HdlcFrameError error, int errorOffset)
    {
        Status = status;
        Frame = frame;
        Consumed = consumed;
        Error = error;
        ErrorOffset = errorOffset;
    }

    public FrameDecodeStatus Status { get; }

    /// <summary>The decoded frame when <see cref="Status"/> is Complete.</summary>
    public HdlcFrame? Frame { get; }

    /// <summary>Bytes to remove from the front of the buffer.</summary>
    public int Consumed { get; }

    /// <summary>What was wrong when <see cref="Status"/> is Invalid.</summary>
    public HdlcFrameError Error { get; }

    /// <summary>Offset in the buffer of the byte where the error was found.</summary>
    public int ErrorOffset { get; }

    internal static HdlcDecodeResult NeedMoreData { get; } = new(FrameDecodeStatus.NeedMoreData, null, 0, HdlcFrameError.None, 0);

    internal static HdlcDecodeResult Complete(HdlcFrame frame, int consumed) =>
        new(FrameDecodeStatus.Complete, frame, consumed, HdlcFrameError.None, 0);

    internal static HdlcDecodeResult Invalid(HdlcFrameError error, int errorOffset, int consumed) =>
        new(FrameDecodeStatus.Invalid, null, consumed, error, errorOffset);

    /// <summary>Describes an Invalid result as the exception a caller that cannot resynchronise throws.</summary>
    public DlmsProtocolException ToException()
    {
        if (Status != FrameDecodeStatus.Invalid)
        {
            throw new InvalidOperationException($"Only an invalid result describes an error; this one is {Status}.");
        }

        return new DlmsProtocolException($"Invalid HDLC frame: {Describe(Error)}", ErrorOffset);
    }

    internal static string Describe(HdlcFrameError error) => error switch
    {
        HdlcFrameError.MissingOpeningFlag => "bytes before the opening flag 0x7E",
        HdlcFrameError.InvalidFormat => "the format field is not frame format type 3 (0xA in the first nibble)",
        HdlcFrameError.LengthTooShort => "the length field is shorter than the header and FCS",
        HdlcFrameError.LengthTooLong => "the length field exceeds the maximum frame length",
        HdlcFrameError.InvalidAddress => "an address field is not 1, 2 or 4 bytes long",
        HdlcFrameError.HeaderChecksumMismatch => "the header check sequence (HCS) does not match",
        HdlcFrameError.FrameChecksumMismatch => "the frame check sequence (FCS) does not match",
        HdlcFrameError.MissingClosingFlag => "no closing flag 0x7E where the length field puts the end of the frame",
        _ => error.ToString(),
    };
}
