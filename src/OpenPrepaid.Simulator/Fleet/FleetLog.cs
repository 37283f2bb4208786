using Microsoft.Extensions.Logging;
using OpenPrepaid.Simulator.Faults;

namespace OpenPrepaid.Simulator.Fleet;

// Event ids 4120-4139: the simulated fleet. Passwords and keys are never logged.
internal static partial class FleetLog
{
    [LoggerMessage(EventId = 4120, Level = LogLevel.Information, Message = "Meter {Serial} listening on {Host}:{Port} over the TCP wrapper ({Note})")]
    public static partial void WrapperMeterListening(ILogger logger, string serial, string host, int port, string note);

    [LoggerMessage(EventId = 4121, Level = LogLevel.Information, Message = "Meter {Serial} listening on {Host}:{Port} at HDLC address {Address} of line {Line} ({Note})")]
    public static partial void LineMeterListening(ILogger logger, string serial, string host, int port, int address, int line, string note);

    [LoggerMessage(EventId = 4122, Level = LogLevel.Information, Message = "Simulated fleet of {Count} meters started on {Ports} port(s)")]
    public static partial void Started(ILogger logger, int count, int ports);

    [LoggerMessage(EventId = 4123, Level = LogLevel.Information, Message = "Simulated fleet of {Count} meters stopped")]
    public static partial void Stopped(ILogger logger, int count);

    [LoggerMessage(EventId = 4124, Level = LogLevel.Information, Message = "Meter {Serial}: fault {Rule} set")]
    public static partial void FaultSet(ILogger logger, string serial, FaultRule rule);

    [LoggerMessage(EventId = 4125, Level = LogLevel.Warning, Message = "Could not listen on {Host}:{Port}: {Reason}")]
    public static partial void ListenFailed(ILogger logger, string host, int port, string reason);
}
