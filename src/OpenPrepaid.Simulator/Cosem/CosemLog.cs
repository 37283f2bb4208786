using Microsoft.Extensions.Logging;
using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Simulator.Cosem;

// Event ids 4100-4119: the COSEM objects of simulated meters. Values are never logged: some are secrets.
internal static partial class CosemLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug, Message = "Meter {Serial}: client {ClientSap} read {Object} attribute {Attribute}")]
    public static partial void AttributeRead(ILogger logger, string serial, ushort clientSap, string @object, int attribute);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug,
        Message = "Meter {Serial}: client {ClientSap} sent {Actual} for {Object} {Member}, which takes {Expected}: type-unmatched")]
    public static partial void WrongType(ILogger logger, string serial, ushort clientSap, string @object, string member, DlmsDataType actual, string expected);
}
