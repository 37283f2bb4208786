using System.CommandLine;

namespace OpenPrepaid.Cli.Commands;

/// <summary>
/// <c>openprepaid simulate</c>: serves a fleet of simulated prepaid meters over DLMS on 127.0.0.1 in the
/// foreground until Ctrl+C, and writes the fleet file once every port is listening.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var messages = context.Messages;
        var meters = new Option<int>("--meters", "-n") { Description = messages["SimulateMeters"], HelpName = "N", Required = true };
        var basePort = new Option<int>("--base-port") { Description = messages["SimulateBasePort"], HelpName = "PORT" };
        var line = new Option<int?>("--line") { Description = messages["SimulateLine"], HelpName = "M" };
        var baud = new Option<int>("--baud") { Description = messages["SimulateBaud"], HelpName = "BIT/S" };
        var turnaround = new Option<int>("--turnaround") { Description = messages["SimulateTurnaround"], HelpName = "MS" };
        var seed = new Option<ulong>("--seed") { Description = messages["SimulateSeed"], HelpName = "S", DefaultValueFactory = _ => 1 };
        var speed = new Option<long>("--speed") { Description = messages["SimulateSpeed"], HelpName = "X", DefaultValueFactory = _ => 1 };
        var faults = new Option<string?>("--faults") { Description = messages["SimulateFaults"], HelpName = "SPEC" };
        var fleetFile = new Option<string>("--fleet-file") { Description = messages["SimulateFleetFile"], HelpName = "PATH", Required = true };

        var command = new Command("simulate", messages["SimulateDescription"])
        {
            meters, basePort, line, baud, turnaround, seed, speed, faults, fleetFile,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var settings = new SimulateSettings
            {
                Meters = parseResult.GetValue(meters),
                BasePort = parseResult.GetValue(basePort),
                Line = parseResult.GetValue(line),
                Baud = parseResult.GetValue(baud),
                TurnaroundMilliseconds = parseResult.GetValue(turnaround),
                Seed = parseResult.GetValue(seed),
                Speed = parseResult.GetValue(speed),
                Faults = parseResult.GetValue(faults),
                FleetFile = parseResult.GetRequiredValue(fleetFile),
                Verbose = parseResult.GetValue(globals.Verbose),
                Json = parseResult.GetValue(globals.Json),
            };
            return SimulateRunner.RunAsync(settings, context, cancellationToken);
        });
        return command;
    }
}
