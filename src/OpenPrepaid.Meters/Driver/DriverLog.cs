using Microsoft.Extensions.Logging;

namespace OpenPrepaid.Meters.Driver;

// Event ids 4000-4029: the DLMS meter driver. Every event names the meter serial or the channel; none carries a
// password, a key or a token.
internal static partial class DriverLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Debug, Message = "Channel {Channel}: opened")]
    public static partial void ChannelOpened(ILogger logger, string channel);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Channel {Channel}: opening failed: {Error}")]
    public static partial void ChannelOpenFailed(ILogger logger, string channel, string error);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Meter {Serial}: {Operation} finished with {Requests} requests after the association")]
    public static partial void ExchangeFinished(ILogger logger, string serial, string operation, int requests);

    // Debug, because the workflows record each failure with its context (a snapshot, a charge state or their own log
    // event), and a dead meter fails every read.
    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "Meter {Serial}: {Operation} failed ({Kind}): {Error}")]
    public static partial void ExchangeFailed(ILogger logger, string serial, string operation, string kind, string error);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Meter {Serial}: {Operation} attempt {Attempt} of {Attempts} failed, trying again: {Error}")]
    public static partial void Retrying(ILogger logger, string serial, string operation, int attempt, int attempts, string error);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Debug, Message = "Meter {Serial}: optional {Attribute} is not available ({Result}); the field stays empty")]
    public static partial void OptionalAttributeMissing(ILogger logger, string serial, string attribute, string result);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Meter {Serial}: the meter rejected a list of {Count} attributes; lists are cut to {Cap} from now on")]
    public static partial void ListCapLowered(ILogger logger, string serial, int count, int cap);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information, Message = "Meter {Serial}: entering top-up token {Sequence} for {Amount}")]
    public static partial void TokenSending(ILogger logger, string serial, long sequence, decimal amount);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "Meter {Serial}: token {Sequence} status {Status}, balance {Balance}")]
    public static partial void TokenProcessed(ILogger logger, string serial, long sequence, string status, decimal? balance);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Warning, Message = "Meter {Serial}: token {Sequence} was sent but its outcome is unknown: {Error}")]
    public static partial void TokenOutcomeUnknown(ILogger logger, string serial, long sequence, string error);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Meter {Serial}: settings written: {Written} written, {Rejected} rejected, {NotSupported} not supported")]
    public static partial void SettingsWritten(ILogger logger, string serial, int written, int rejected, int notSupported);
}
