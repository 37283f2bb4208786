using Microsoft.Extensions.Logging;

namespace OpenPrepaid.Core.Logging;

/// <summary>
/// Log events of the domain workflows. Operator actions are logged at Information, a meter's or channel's
/// failure at Debug (a dead line must not flood the log), driver faults at Error. Nothing here ever
/// carries a password, key or token.
/// </summary>
internal static partial class CoreLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Meter {Serial}: charge {ChargeId} of {Amount} stored as pending with token sequence {TokenSequence} by {Operator}")]
    public static partial void ChargePending(ILogger logger, string serial, Guid chargeId, decimal amount, long tokenSequence, string @operator);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information,
        Message = "Meter {Serial}: charge {ChargeId} is {State}: {Detail}")]
    public static partial void ChargeFinished(ILogger logger, string serial, Guid chargeId, string state, string detail);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning,
        Message = "Meter {Serial}: outcome of charge {ChargeId} is unknown: {Error}")]
    public static partial void ChargeOutcomeUnknown(ILogger logger, string serial, Guid chargeId, string error);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information,
        Message = "Meter {Serial}: charge cancelled before sending: {Reason}")]
    public static partial void ChargeCancelled(ILogger logger, string serial, string reason);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information,
        Message = "Meter {Serial}: unknown charge {ChargeId} settled as {State}: {Reason}")]
    public static partial void ChargeSettledLater(ILogger logger, string serial, Guid chargeId, string state, string reason);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information,
        Message = "Meter {Serial}: idempotency key {IdempotencyKey} was already used by charge {ChargeId}; nothing sent")]
    public static partial void ChargeDuplicate(ILogger logger, string serial, string idempotencyKey, Guid chargeId);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning,
        Message = "Charge {ChargeId} on meter {Serial} stayed pending since {CreatedAt}; marked unknown")]
    public static partial void ChargeInterrupted(ILogger logger, Guid chargeId, string serial, DateTimeOffset createdAt);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug,
        Message = "Meter {Serial} on {Channel}: exchange failed ({Kind}): {Error}")]
    public static partial void MeterExchangeFailed(ILogger logger, string serial, string channel, string kind, string error);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug,
        Message = "Channel {Channel}: open failed ({Kind}): {Error}; {MeterCount} meters on it are not read")]
    public static partial void ChannelOpenFailed(ILogger logger, string channel, string kind, string error, int meterCount);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error,
        Message = "Meter {Serial} on {Channel}: the driver failed with an unexpected exception")]
    public static partial void DriverFaulted(ILogger logger, string serial, string channel, Exception exception);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug,
        Message = "Meter {Serial} on {Channel}: no result within the deadline of {DeadlineSeconds} s")]
    public static partial void MeterDeadlinePassed(ILogger logger, string serial, string channel, double deadlineSeconds);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Debug,
        Message = "Channel {Channel}: closing the connection failed")]
    public static partial void ChannelCloseFailed(ILogger logger, string channel, Exception exception);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information,
        Message = "Read of {Total} meters finished: {Ok} OK, {Failed} failed")]
    public static partial void ReadFinished(ILogger logger, int total, int ok, int failed);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning,
        Message = "Meter {Serial}: the stored credentials cannot be decrypted with the current key ring")]
    public static partial void CredentialsUnreadable(ILogger logger, string serial, Exception exception);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Meter {Serial}: profile {Profile} written by {Operator}: {Rejected} fields rejected, {Mismatches} mismatches after read-back")]
    public static partial void ProfileWritten(ILogger logger, string serial, string profile, string @operator, int rejected, int mismatches);
}
