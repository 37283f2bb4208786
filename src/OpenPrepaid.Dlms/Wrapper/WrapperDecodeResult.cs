using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Dlms.Wrapper;

/// <summary>
/// Result of <see cref="WrapperDecoder.Decode"/>. After Complete the caller removes <see cref="Consumed"/> bytes;
/// after NeedMoreData nothing is consumed. The wrapper has no flags to resynchronise on, so after Invalid the
/// stream cannot be trusted any more and the connection is dropped.
/// </summary>
public readonly struct WrapperDecodeResult
{
    private WrapperDecodeResult(FrameDecodeStatus status, WrapperPdu? pdu, int consumed, WrapperFrameError error, int errorOffset)
    {
        Status = status;
        Pdu = pdu;
        Consumed = consumed;
        Error = error;
        ErrorOffset = errorOffset;
    }

    public FrameDecodeStatus Status { get; }

    public WrapperPdu? Pdu { get; }

    public int Consumed { get; }

    public WrapperFrameError Error { get; }

    public int ErrorOffset { get; }

    internal static WrapperDecodeResult NeedMoreData { get; } = new(FrameDecodeStatus.NeedMoreData, null, 0, WrapperFrameError.None, 0);

    internal static WrapperDecodeResult Complete(WrapperPdu pdu, int consumed) => new(FrameDecodeStatus.Complete, pdu, consumed, WrapperFrameError.None, 0);

    internal static WrapperDecodeResult Invalid(WrapperFrameError error, int errorOffset) => new(FrameDecodeStatus.Invalid, null, 0, error, errorOffset);

    /// <summary>Describes an Invalid result as an exception.</summary>
    public DlmsProtocolException ToException(ReadOnlySpan<byte> buffer)
    {
        if (Status != FrameDecodeStatus.Invalid)
        {
            throw new InvalidOperationException($"Only an invalid result describes an error; this one is {Status}.");
        }

        WrapperHeader header = buffer.Length >= WrapperHeader.Size ? WrapperHeader.Read(buffer) : default;
        string message = Error switch
        {
            WrapperFrameError.WrongVersion => $"Invalid wrapper header: version 0x{header.Version:X4}, expected 0x0001.",
            WrapperFrameError.LengthTooLong => $"Invalid wrapper header: APDU length {header.Length} exceeds the maximum.",
            _ => $"Invalid wrapper header: {Error}.",
        };
        return new DlmsProtocolException(message, ErrorOffset);
    }
}
