using Microsoft.Extensions.Logging;

namespace OpenPrepaid.Dlms.Transport;

public sealed partial class WrapperTransport
{
    // Event ids 3050-3059: wrapper client transport. PDUs are logged by header only, never by content.
    private static partial class Log
    {
        [LoggerMessage(EventId = 3050, Level = LogLevel.Trace, Message = "Wrapper link {Link}: sent {Pdu}")]
        public static partial void PduSent(ILogger logger, string link, string pdu);

        [LoggerMessage(EventId = 3051, Level = LogLevel.Trace, Message = "Wrapper link {Link}: received {Pdu}")]
        public static partial void PduReceived(ILogger logger, string link, string pdu);

        [LoggerMessage(EventId = 3052, Level = LogLevel.Debug, Message = "Wrapper link {Link}: skipped a PDU for other ports: {Pdu}")]
        public static partial void PduForOtherPort(ILogger logger, string link, string pdu);
    }
}
