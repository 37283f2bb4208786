using Microsoft.Extensions.Logging;

namespace OpenPrepaid.Dlms.Transport;

public sealed partial class HdlcTransport
{
    // Event ids 3040-3049: HDLC client transport. Frames are logged by type, addresses and length only, never
    // by content, because an AARQ carries the password.
    private static partial class Log
    {
        [LoggerMessage(EventId = 3040, Level = LogLevel.Trace, Message = "HDLC link {Link}: sent {Frame}")]
        public static partial void FrameSent(ILogger logger, string link, string frame);

        [LoggerMessage(EventId = 3041, Level = LogLevel.Trace, Message = "HDLC link {Link}: received {Frame}")]
        public static partial void FrameReceived(ILogger logger, string link, string frame);

        [LoggerMessage(EventId = 3042, Level = LogLevel.Debug, Message = "HDLC link {Link}: dropped {Count} stale bytes before SNRM")]
        public static partial void InputDiscarded(ILogger logger, string link, int count);

        [LoggerMessage(EventId = 3043, Level = LogLevel.Debug, Message = "HDLC link {Link}: closing the link failed, treated as closed: {Reason}")]
        public static partial void CloseFailed(ILogger logger, string link, string reason);
    }
}
