using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Fleet;

/// <summary>
/// How one meter of a simulated fleet starts: identity, secrets, seed and starting state. The fleet derives a
/// plan per meter from its seed; <see cref="SimulatedFleetOptions.Customize"/> may change any of it before the
/// meters are built. Money is in minor units (kopiykas).
/// </summary>
public sealed record FleetMeterPlan
{
    /// <summary>Position of the meter in the fleet, from 0.</summary>
    public required int Index { get; init; }

    public required string SerialNumber { get; init; }

    /// <summary>The management LLS password. Never logged.</summary>
    public required string Password { get; init; }

    /// <summary>The 32-byte top-up key. Never logged.</summary>
    public required ReadOnlyMemory<byte> TopUpKey { get; init; }

    /// <summary>Seed of the meter's load noise.</summary>
    public required ulong Seed { get; init; }

    public long InitialBalance { get; init; }

    /// <summary>Switch-off threshold (Credit limit).</summary>
    public long CreditLimit { get; init; }

    /// <summary>Disconnect control mode 0-6.</summary>
    public byte ControlMode { get; init; } = 6;

    /// <summary>Power limit in W; 0: none.</summary>
    public uint PowerLimitWatts { get; init; }

    public bool NeverSwitchOff { get; init; }

    public bool NoSwitchOffOnSaturday { get; init; }

    public bool NoSwitchOffOnSunday { get; init; }

    /// <summary>Opens the relay at the start with remote_disconnect (needs a control mode other than 0).</summary>
    public bool RelayOpen { get; init; }

    /// <summary>A slow meter: every reply comes after this delay.</summary>
    public TimeSpan? ResponseDelay { get; init; }

    /// <summary>A dead meter: it sends no reply at all, HDLC link setup included.</summary>
    public bool Dead { get; init; }

    public LoadProfile Load { get; init; } = LoadProfile.Household;

    /// <summary>Which tariff applies at each local time of day.</summary>
    public TariffSchedule TariffSchedule { get; init; } = TariffSchedule.DayNight;

    /// <summary>What is special about the meter's starting state, for people watching a demonstration.</summary>
    public string Note { get; init; } = string.Empty;
}
