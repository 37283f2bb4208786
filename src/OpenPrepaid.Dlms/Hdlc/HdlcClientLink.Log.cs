using Microsoft.Extensions.Logging;

namespace OpenPrepaid.Dlms.Hdlc;

public sealed partial class HdlcClientLink
{
    // Event ids 3000-3019: HDLC client link. Peer misbehaviour is logged at Debug so a bad line cannot flood the log.
    private static partial class Log
    {
        [LoggerMessage(EventId = 3000, Level = LogLevel.Debug, Message = "HDLC link {Link}: connected, max information field transmit {TransmitLength} / receive {ReceiveLength} bytes, window transmit {TransmitWindow} / receive {ReceiveWindow}")]
        public static partial void Connected(ILogger logger, string link, int transmitLength, int receiveLength, int transmitWindow, int receiveWindow);

        [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "HDLC link {Link}: response timeout in state {State}, retry {Retry} of {MaxRetries}")]
        public static partial void Retrying(ILogger logger, string link, HdlcClientLinkState state, int retry, int maxRetries);

        [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "HDLC link {Link}: invalid frame dropped: {Reason}")]
        public static partial void FrameRejected(ILogger logger, string link, string reason);

        [LoggerMessage(EventId = 3003, Level = LogLevel.Trace, Message = "HDLC link {Link}: dropped the echo of the client's own {Control}")]
        public static partial void EchoDropped(ILogger logger, string link, string control);

        [LoggerMessage(EventId = 3004, Level = LogLevel.Debug, Message = "HDLC link {Link}: ignored a frame for another station: {Frame}")]
        public static partial void FrameForOtherStation(ILogger logger, string link, string frame);

        [LoggerMessage(EventId = 3005, Level = LogLevel.Debug, Message = "HDLC link {Link}: ignored I frame N(S)={SendSequence}, expected {Expected}")]
        public static partial void OutOfSequence(ILogger logger, string link, int sendSequence, int expected);

        [LoggerMessage(EventId = 3006, Level = LogLevel.Debug, Message = "HDLC link {Link}: ignored unexpected {Control} in state {State}")]
        public static partial void UnexpectedFrame(ILogger logger, string link, string control, HdlcClientLinkState state);

        [LoggerMessage(EventId = 3007, Level = LogLevel.Debug, Message = "HDLC link {Link}: the meter's N(R)={ReceiveSequence} left {Count} frames unconfirmed; sending them again")]
        public static partial void ResendingFrames(ILogger logger, string link, int count, int receiveSequence);

        [LoggerMessage(EventId = 3008, Level = LogLevel.Debug, Message = "HDLC link {Link}: DISC unanswered after {Attempts} attempts; the link is considered closed")]
        public static partial void DisconnectUnanswered(ILogger logger, string link, int attempts);
    }
}
