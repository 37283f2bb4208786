using Microsoft.Extensions.Logging;

namespace OpenPrepaid.Dlms.Server;

internal static partial class ServerLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "{Device}: client {ClientSap} associated, client max PDU {ClientPdu}")]
    public static partial void Associated(ILogger logger, string device, ushort clientSap, int clientPdu);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "{Device}: association of client {ClientSap} rejected: {Reason}")]
    public static partial void AssociationRejected(ILogger logger, string device, ushort clientSap, string reason);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Debug, Message = "{Device}: client {ClientSap} sent a request that cannot be decoded")]
    public static partial void UndecodableRequest(ILogger logger, string device, ushort clientSap, Exception exception);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Debug, Message = "{Device}: client {ClientSap} {Operation}: {Result}")]
    public static partial void ServiceRefused(ILogger logger, string device, ushort clientSap, string operation, string result);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Information, Message = "{Device}: client {ClientSap} {Operation}")]
    public static partial void Operation(ILogger logger, string device, ushort clientSap, string operation);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Warning, Message = "{Device}: object {Object} failed while serving client {ClientSap}")]
    public static partial void ObjectFailed(ILogger logger, string device, string @object, ushort clientSap, Exception exception);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Debug, Message = "{Device}: client {ClientSap} released the association")]
    public static partial void Released(ILogger logger, string device, ushort clientSap);
}
