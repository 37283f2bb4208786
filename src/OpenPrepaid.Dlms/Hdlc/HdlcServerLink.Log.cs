using Microsoft.Extensions.Logging;

namespace OpenPrepaid.Dlms.Hdlc;

public sealed partial class HdlcServerLink
{
    // Event ids 3020-3039: HDLC server link. Client misbehaviour is logged at Debug.
    private static partial class Log
    {
        [LoggerMessage(EventId = 3020, Level = LogLevel.Debug, Message = "HDLC server link {Link}: SNRM answered with DM: {Reason}")]
        public static partial void SnrmRejected(ILogger logger, string link, string reason);

        [LoggerMessage(EventId = 3021, Level = LogLevel.Debug, Message = "HDLC server link {Link}: FRMR sent for {Control}: {Reason}")]
        public static partial void FrameRejectSent(ILogger logger, string link, string control, HdlcFrameRejectReason reason);

        [LoggerMessage(EventId = 3022, Level = LogLevel.Debug, Message = "HDLC server link {Link}: ignored I frame N(S)={SendSequence}, expected {Expected}")]
        public static partial void OutOfSequence(ILogger logger, string link, int sendSequence, int expected);

        [LoggerMessage(EventId = 3023, Level = LogLevel.Debug, Message = "HDLC server link {Link}: the client's N(R)={ReceiveSequence} left {Count} frames unconfirmed; sending them again")]
        public static partial void ResendingFrames(ILogger logger, string link, int count, int receiveSequence);

        [LoggerMessage(EventId = 3024, Level = LogLevel.Debug, Message = "HDLC server link {Link}: discarded a request without the LLC header E6 E6 00")]
        public static partial void MissingLlcHeader(ILogger logger, string link);
    }
}
