using Microsoft.Extensions.Logging;
using OpenPrepaid.Simulator.Cosem;
using OpenPrepaid.Simulator.Faults;

namespace OpenPrepaid.Simulator.Fleet;

/// <summary>How a simulated fleet is built and served. Every server binds to 127.0.0.1.</summary>
public sealed record SimulatedFleetOptions
{
    public const int MaxMeters = 10_000;

    /// <summary>Number of meters, 1 to <see cref="MaxMeters"/>.</summary>
    public int MeterCount { get; init; } = 10;

    /// <summary>Seed of everything derived per meter: passwords, top-up keys, balances, modes and load noise.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>
    /// First TCP port: meter i (or line i) listens on BasePort + i. 0 lets the system choose a free port for each.
    /// </summary>
    public int BasePort { get; init; }

    /// <summary>Meters per HDLC line: 0 serves each meter on its own port over the TCP wrapper; M groups meters M to a port, addressed by HDLC physical address.</summary>
    public int MetersPerLine { get; init; }

    /// <summary>Simulated line speed of HDLC lines in bit/s; 0 sends at socket speed.</summary>
    public int BaudRate { get; init; }

    /// <summary>Pause of HDLC meters between a request and their reply.</summary>
    public TimeSpan Turnaround { get; init; }

    /// <summary>HDLC physical address of the first meter of each line; the next meters follow on.</summary>
    public int FirstHdlcAddress { get; init; } = 16;

    public string ModelName { get; init; } = "OpenPrepaid SIM-1";

    /// <summary>Clock of the meters (not of the hosts, whose delays are always real time).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Integration step of the meters in seconds (1-3600); larger steps make accelerated time cheaper.</summary>
    public int StepSeconds { get; init; } = 1;

    public AssociationProfile Profile { get; init; } = AssociationProfile.Full;

    /// <summary>Faults to inject from the start; every serial number it names must be in the fleet.</summary>
    public FaultPlan Faults { get; init; } = FaultPlan.Empty;

    /// <summary>Changes the derived plan of each meter: start balance, relay open, slow or dead meters.</summary>
    public Func<FleetMeterPlan, FleetMeterPlan>? Customize { get; init; }

    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>
    /// Twenty-five meters in varied states for the demonstration console: besides the varied balances, modes
    /// and rules of every fleet, SIM00009 starts with its relay opened remotely, SIM00014 replies after 1.5 s
    /// and SIM00021 sends no reply at all.
    /// </summary>
    public static SimulatedFleetOptions Demo(ulong seed = 1) => new()
    {
        MeterCount = 25,
        Seed = seed,
        Customize = plan => plan.Index switch
        {
            8 => plan with { RelayOpen = true, Note = "relay opened remotely" },
            13 => plan with { ResponseDelay = TimeSpan.FromMilliseconds(1500), Note = "slow: answers after 1.5 s" },
            20 => plan with { Dead = true, Note = "dead: answers nothing" },
            _ => plan,
        },
    };

    /// <summary>Returns null when the options are usable, else the first problem.</summary>
    public string? Validate()
    {
        if (MeterCount is < 1 or > MaxMeters)
        {
            return $"the fleet has {MeterCount} meters; expected 1 to {MaxMeters}";
        }

        if (MetersPerLine < 0 || BaudRate < 0 || Turnaround < TimeSpan.Zero)
        {
            return "meters per line, baud rate and turnaround must not be negative";
        }

        var ports = MetersPerLine == 0 ? MeterCount : (MeterCount + MetersPerLine - 1) / MetersPerLine;
        if (BasePort != 0 && (BasePort < 1 || BasePort + ports - 1 > ushort.MaxValue))
        {
            return $"ports {BasePort} to {BasePort + ports - 1} are not all in 1-65535";
        }

        if (MetersPerLine > 0 && (FirstHdlcAddress < 0x10 || FirstHdlcAddress + MetersPerLine - 1 > 0x3FFD))
        {
            return $"HDLC addresses {FirstHdlcAddress} to {FirstHdlcAddress + MetersPerLine - 1} are not all in 16-16381";
        }

        return StepSeconds is < 1 or > 3600 ? $"the step is {StepSeconds} s; expected 1 to 3600 s" : null;
    }
}
