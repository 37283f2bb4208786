using OpenPrepaid.Simulator.Fleet;

namespace OpenPrepaid.Cli.Commands;

/// <summary>The options of <c>openprepaid simulate</c>, with their ranges.</summary>
internal sealed record SimulateSettings
{
    public const int MaxTurnaroundMilliseconds = 10_000;
    public const long MaxSpeed = 1_000_000;

    public required int Meters { get; init; }

    public int BasePort { get; init; }

    /// <summary>Meters per HDLC line; null serves each meter on its own port over the TCP wrapper.</summary>
    public int? Line { get; init; }

    public int Baud { get; init; }

    public int TurnaroundMilliseconds { get; init; }

    public ulong Seed { get; init; } = 1;

    /// <summary>Simulated seconds per real second.</summary>
    public long Speed { get; init; } = 1;

    public string? Faults { get; init; }

    public required string FleetFile { get; init; }

    public bool Verbose { get; init; }

    /// <summary>Print the fleet as one JSON document once serving, and the stop messages on standard error.</summary>
    public bool Json { get; init; }

    /// <summary>
    /// Integration step of the meters: 1 s at real speed, coarser when time runs faster so that a read still
    /// integrates in a few milliseconds (at most 60 s, the step of a one-minute tariff or power-limit rule).
    /// </summary>
    public int StepSeconds => (int)Math.Clamp(Speed / 60, 1, 60);

    /// <summary>Returns null when the settings are usable, else the error message, which names the option and its range.</summary>
    public string? Validate(Messages messages)
    {
        if (Meters is < 1 or > SimulatedFleetOptions.MaxMeters)
        {
            return messages.Format("InvalidMeters", SimulatedFleetOptions.MaxMeters, Meters);
        }

        if (Line is < 1)
        {
            return messages.Format("InvalidLine", Line);
        }

        var ports = Line is { } perLine ? (Meters + perLine - 1) / perLine : Meters;
        if (BasePort is < 0 or > ushort.MaxValue || (BasePort > 0 && BasePort + ports - 1 > ushort.MaxValue))
        {
            return messages.Format("InvalidBasePort", BasePort, ports);
        }

        if (Line is null && (Baud != 0 || TurnaroundMilliseconds != 0))
        {
            return messages["LineOptionsNeedLine"];
        }

        if (Baud < 0)
        {
            return messages.Format("InvalidBaud", Baud);
        }

        if (TurnaroundMilliseconds is < 0 or > MaxTurnaroundMilliseconds)
        {
            return messages.Format("InvalidTurnaround", MaxTurnaroundMilliseconds, TurnaroundMilliseconds);
        }

        return Speed is < 1 or > MaxSpeed ? messages.Format("InvalidSpeed", MaxSpeed, Speed) : null;
    }
}
