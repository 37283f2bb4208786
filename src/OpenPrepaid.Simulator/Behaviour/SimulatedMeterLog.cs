using Microsoft.Extensions.Logging;
using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>Log events of simulated meters, each with the meter's serial. Tokens and keys are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Information,
        Message = "Meter {Serial}: token {Sequence} applied, amount {Amount}, balance now {Balance} (minor units)")]
    public static partial void TokenApplied(ILogger logger, string serial, uint sequence, long amount, long balance);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information,
        Message = "Meter {Serial}: token rejected with status {Status} ({Reasons}), sequence {Sequence}, amount {Amount}")]
    public static partial void TokenRejected(ILogger logger, string serial, TokenStatusCode status, TokenFailureReasons reasons, uint? sequence, long? amount);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information,
        Message = "Meter {Serial}: token entered again; reporting its first outcome {Status} ({Reasons}) without applying it")]
    public static partial void TokenRepeated(ILogger logger, string serial, TokenStatusCode status, TokenFailureReasons reasons);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information,
        Message = "Meter {Serial}: credit update_amount {Amount} applied, balance now {Balance} (minor units)")]
    public static partial void CreditUpdated(ILogger logger, string serial, long amount, long balance);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Information,
        Message = "Meter {Serial}: credit update_amount {Amount} rejected: {Outcome}; balance {Balance} (minor units)")]
    public static partial void CreditUpdateRejected(ILogger logger, string serial, long amount, CreditUpdateOutcome outcome, long balance);

    [LoggerMessage(EventId = 3111, Level = LogLevel.Information,
        Message = "Meter {Serial}: relay {From} -> {To} ({Cause}, control mode {Mode})")]
    public static partial void RelayChanged(ILogger logger, string serial, ControlState from, ControlState to, string cause, byte mode);

    [LoggerMessage(EventId = 3112, Level = LogLevel.Information,
        Message = "Meter {Serial}: power {Watts} W stayed above the limit {Limit} W for {Seconds} s")]
    public static partial void PowerLimitExceeded(ILogger logger, string serial, int watts, uint limit, uint seconds);

    [LoggerMessage(EventId = 3121, Level = LogLevel.Information, Message = "Meter {Serial}: {Setting} written")]
    public static partial void SettingWritten(ILogger logger, string serial, string setting);

    [LoggerMessage(EventId = 3122, Level = LogLevel.Information, Message = "Meter {Serial}: {Setting} rejected: {Problem}")]
    public static partial void SettingRejected(ILogger logger, string serial, string setting, string problem);
}
