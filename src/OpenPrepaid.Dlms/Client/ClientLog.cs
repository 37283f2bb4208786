using Microsoft.Extensions.Logging;
using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Client;

internal static partial class ClientLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "{Peer}: associating with mechanism {Mechanism}, proposing max PDU {ProposedPdu}")]
    public static partial void Associating(ILogger logger, string peer, AuthenticationMechanism mechanism, int proposedPdu);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "{Peer}: associated, server max receive PDU {ServerPdu}, conformance {Conformance}")]
    public static partial void Associated(ILogger logger, string peer, int serverPdu, Conformance conformance);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "{Peer}: association rejected: {Reason}")]
    public static partial void AssociationRejected(ILogger logger, string peer, string reason);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Debug, Message = "{Peer}: released")]
    public static partial void Released(ILogger logger, string peer);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "{Peer}: session broken by {Operation}")]
    public static partial void SessionBroken(ILogger logger, string peer, string operation, Exception exception);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Trace, Message = "{Peer}: sent {Length} bytes: {Apdu}")]
    public static partial void Sent(ILogger logger, string peer, int length, string apdu);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Trace, Message = "{Peer}: received {Length} bytes")]
    public static partial void Received(ILogger logger, string peer, int length);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Debug, Message = "{Peer}: release failed, closing the link anyway")]
    public static partial void ReleaseFailed(ILogger logger, string peer, Exception exception);
}
