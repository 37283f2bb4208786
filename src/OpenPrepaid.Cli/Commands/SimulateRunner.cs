using Microsoft.Extensions.Logging;
using OpenPrepaid.Cli.Output;
using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Simulator.Faults;
using OpenPrepaid.Simulator.Fleet;
using OpenPrepaid.Simulator.Timing;
using Spectre.Console;

namespace OpenPrepaid.Cli.Commands;

/// <summary>Runs <c>openprepaid simulate</c>: checks the settings, starts the fleet, writes the fleet file and serves until cancelled.</summary>
internal static class SimulateRunner
{
    /// <summary>Rows of the start-up table; a larger fleet is listed in full in the fleet file.</summary>
    private const int ShownMeters = 40;

    public static async Task<int> RunAsync(SimulateSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        var messages = context.Messages;
        var problem = settings.Validate(messages);
        if (problem is not null)
        {
            return await FailAsync(context, settings, ExitCodes.InvalidInput, "InvalidOption", problem).ConfigureAwait(false);
        }

        using var loggers = context.CreateLoggerFactory(settings.Verbose ? LogLevel.Debug : LogLevel.Information);
        SimulatedFleet fleet;
        try
        {
            fleet = new SimulatedFleet(Options(settings, FaultPlan.Parse(settings.Faults), loggers));
        }
        catch (FaultSpecException exception)
        {
            return await FailAsync(context, settings, ExitCodes.InvalidInput, "InvalidFaults", Describe(exception, messages)).ConfigureAwait(false);
        }

        await using (fleet.ConfigureAwait(false))
        {
            return await ServeAsync(fleet, settings, context, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The localized error for a fault spec: what is wrong, with the token, and the accepted forms.</summary>
    public static string Describe(FaultSpecException exception, Messages messages) =>
        messages.Format("InvalidFaults", messages.Format("FaultProblem" + exception.Problem, exception.Token), messages["FaultAcceptedForms"]);

    private static SimulatedFleetOptions Options(SimulateSettings settings, FaultPlan faults, ILoggerFactory loggers) => new()
    {
        MeterCount = settings.Meters,
        Seed = settings.Seed,
        BasePort = settings.BasePort,
        MetersPerLine = settings.Line ?? 0,
        BaudRate = settings.Baud,
        Turnaround = TimeSpan.FromMilliseconds(settings.TurnaroundMilliseconds),
        TimeProvider = settings.Speed > 1 ? new AcceleratedTimeProvider(TimeProvider.System, settings.Speed) : TimeProvider.System,
        StepSeconds = settings.StepSeconds,
        Faults = faults,
        LoggerFactory = loggers,
    };

    private static async Task<int> ServeAsync(SimulatedFleet fleet, SimulateSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        var messages = context.Messages;
        try
        {
            await fleet.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            return await FailAsync(context, settings, ExitCodes.Failure, "ListenFailed", messages.Format("ListenFailed", exception.Message)).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }

        var path = Path.GetFullPath(settings.FleetFile);
        try
        {
            await fleet.WriteFleetFileAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var message = messages.Format("FleetFileFailed", path, exception.Message);
            return await FailAsync(context, settings, ExitCodes.Failure, "FleetFileFailed", message).ConfigureAwait(false);
        }

        // With --json, standard output gets the fleet as one document and the messages go to standard error.
        var notes = settings.Json ? context.Error : context.Output;
        if (settings.Json)
        {
            var meters = fleet.Meters.Select(m => new SimulatedMeterDocument(m.SerialNumber, m.Host, m.Port, m.HdlcAddress, DescribeStart(m.Plan, messages))).ToList();
            await JsonOutput.WriteAsync(context.Output, new SimulateDocument(path, meters)).ConfigureAwait(false);
        }
        else
        {
            ShowFleet(fleet, context);
        }

        await notes.WriteLineAsync(messages.Format("Serving", fleet.Meters.Count, path)).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C, SIGTERM or the caller: stop cleanly below.
        }

        await notes.WriteLineAsync(messages["Stopping"]).ConfigureAwait(false);
        await fleet.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await notes.WriteLineAsync(messages["Stopped"]).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>Writes the error on standard error and, with <c>--json</c>, an error document on standard output.</summary>
    private static async Task<int> FailAsync(CliContext context, SimulateSettings settings, int exitCode, string code, string message)
    {
        await context.Error.WriteLineAsync(message).ConfigureAwait(false);
        if (settings.Json)
        {
            await JsonOutput.WriteAsync(context.Output, new ErrorDocument(new ErrorDetail(code, message))).ConfigureAwait(false);
        }

        return exitCode;
    }

    /// <summary>The starting state of a meter in the user's language: balance, control mode and what is special.</summary>
    private static string DescribeStart(FleetMeterPlan plan, Messages messages)
    {
        var parts = new List<string>
        {
            messages.Format("StartBalance", MoneyScaling.ToDecimal(plan.InitialBalance, CurrencyDefinition.Hryvnia.Scale)),
            messages.Format("StartControlMode", plan.ControlMode),
        };
        if (plan.PowerLimitWatts > 0)
        {
            parts.Add(messages.Format("StartPowerLimit", plan.PowerLimitWatts));
        }

        if (plan.NoSwitchOffOnSaturday || plan.NoSwitchOffOnSunday)
        {
            parts.Add(messages["StartWeekendExempt"]);
        }

        if (plan.RelayOpen)
        {
            parts.Add(messages["StartRelayOpen"]);
        }

        if (plan.Dead)
        {
            parts.Add(messages["StartDead"]);
        }
        else if (plan.ResponseDelay is { } delay)
        {
            parts.Add(messages.Format("StartSlow", (long)delay.TotalMilliseconds));
        }

        return string.Join("; ", parts);
    }

    private static void ShowFleet(SimulatedFleet fleet, CliContext context)
    {
        var messages = context.Messages;
        var table = new Table()
            .AddColumn(messages["ColumnSerial"])
            .AddColumn(messages["ColumnEndpoint"])
            .AddColumn(messages["ColumnHdlcAddress"])
            .AddColumn(messages["ColumnState"]);
        foreach (var meter in fleet.Meters.Take(ShownMeters))
        {
            table.AddRow(
                Markup.Escape(meter.SerialNumber),
                Markup.Escape($"{meter.Host}:{meter.Port}"),
                meter.HdlcAddress is { } address ? address.ToString(context.Culture) : Markup.Escape(messages["TcpWrapper"]),
                Markup.Escape(DescribeStart(meter.Plan, messages)));
        }

        context.Console.Write(table);
        if (fleet.Meters.Count > ShownMeters)
        {
            context.Console.WriteLine(messages.Format("MoreMeters", fleet.Meters.Count - ShownMeters));
        }
    }
}
