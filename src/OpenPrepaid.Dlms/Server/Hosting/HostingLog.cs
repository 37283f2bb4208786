using Microsoft.Extensions.Logging;

namespace OpenPrepaid.Dlms.Server.Hosting;

// Event ids 3100-3139: server hosts. Client misbehaviour is logged at Debug so a bad client cannot flood the log.
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "{Host} host listening on {EndPoint}")]
    public static partial void HostStarted(ILogger logger, string host, string endPoint);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "{Host} host on port {Port} stopped")]
    public static partial void HostStopped(ILogger logger, string host, int port);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Debug, Message = "{Host} connection {Connection} opened from {Remote}")]
    public static partial void ConnectionOpened(ILogger logger, string host, int connection, string remote);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Debug, Message = "{Host} connection {Connection} closed")]
    public static partial void ConnectionClosed(ILogger logger, string host, int connection);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Debug, Message = "{Host} connection {Connection} failed: {Reason}")]
    public static partial void ConnectionFailed(ILogger logger, string host, int connection, string reason);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Error, Message = "{Host} connection {Connection} ended by an unexpected error in the application layer")]
    public static partial void ConnectionCrashed(ILogger logger, Exception exception, string host, int connection);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Warning, Message = "{Host} host could not accept a connection: {Reason}")]
    public static partial void AcceptFailed(ILogger logger, string host, string reason);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Debug, Message = "{Host} connection {Connection}: injected fault {Fault} into a {Kind} exchange")]
    public static partial void FaultInjected(ILogger logger, string host, int connection, ExchangeFaultKind fault, ExchangeKind kind);

    [LoggerMessage(EventId = 3110, Level = LogLevel.Debug, Message = "Wrapper connection {Connection}: invalid header, dropping the connection: {Reason}")]
    public static partial void WrapperHeaderInvalid(ILogger logger, int connection, string reason);

    [LoggerMessage(EventId = 3111, Level = LogLevel.Trace, Message = "Wrapper connection {Connection}: received {Pdu}")]
    public static partial void WrapperPduReceived(ILogger logger, int connection, string pdu);

    [LoggerMessage(EventId = 3120, Level = LogLevel.Debug, Message = "HDLC line connection {Connection}: invalid frame skipped ({Reason}), {Count} so far")]
    public static partial void HdlcFrameInvalid(ILogger logger, int connection, string reason, long count);

    [LoggerMessage(EventId = 3121, Level = LogLevel.Debug, Message = "HDLC line connection {Connection}: {Count} invalid frames; further ones are counted but not logged")]
    public static partial void HdlcFrameErrorsSuppressed(ILogger logger, int connection, long count);

    [LoggerMessage(EventId = 3122, Level = LogLevel.Trace, Message = "HDLC line connection {Connection}: received {Frame}")]
    public static partial void HdlcFrameReceived(ILogger logger, int connection, string frame);

    [LoggerMessage(EventId = 3123, Level = LogLevel.Trace, Message = "HDLC line connection {Connection}: ignored {Frame}, no station here has that address")]
    public static partial void HdlcFrameNotForUs(ILogger logger, int connection, string frame);

    [LoggerMessage(EventId = 3124, Level = LogLevel.Trace, Message = "HDLC line connection {Connection}: sent {Frame}")]
    public static partial void HdlcFrameSent(ILogger logger, int connection, string frame);

    [LoggerMessage(EventId = 3125, Level = LogLevel.Debug, Message = "HDLC line connection {Connection}: connection closed with {Count} invalid frames in total")]
    public static partial void HdlcFrameErrorTotal(ILogger logger, int connection, long count);
}
