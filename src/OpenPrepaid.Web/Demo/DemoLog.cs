namespace OpenPrepaid.Web.Demo;

internal static partial class DemoLog
{
    [LoggerMessage(EventId = 3301, Level = LogLevel.Debug, Message = "Demo meter {Serial} listening on {Host}:{Port} ({Memo})")]
    public static partial void MeterListening(ILogger logger, string serial, string host, int port, string memo);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Information, Message = "Demo fleet of {Count} simulated meters listening on 127.0.0.1 at {Ports}, their clocks running {Speed} times faster than real time; register: {Added} added, {Updated} updated")]
    public static partial void Started(ILogger logger, int count, string ports, int speed, int added, int updated);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Warning, Message = "Meter {Serial} is in the register without a memo starting with \"demo\", so the demo meter with that serial number was not registered and that meter was left unchanged")]
    public static partial void SerialTaken(ILogger logger, string serial);

    [LoggerMessage(EventId = 3304, Level = LogLevel.Information, Message = "Saved {Count} demo profiles, because no profile existed")]
    public static partial void ProfilesSeeded(ILogger logger, int count);

    [LoggerMessage(EventId = 3305, Level = LogLevel.Information, Message = "Demo fleet of {Count} simulated meters stopped")]
    public static partial void Stopped(ILogger logger, int count);

    [LoggerMessage(EventId = 3306, Level = LogLevel.Warning, Message = "Demo fleet: advancing the simulated meters failed; they still advance when they are read")]
    public static partial void CatchUpFailed(ILogger logger, Exception exception);
}
