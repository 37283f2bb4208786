using Microsoft.Extensions.Logging;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>How to build one simulated meter served over DLMS.</summary>
public sealed record SimulatedMeterDeviceOptions
{
    /// <summary>The meter: serial, model name, seed, top-up key, time zone, starting balance and settings.</summary>
    public required SimulatedMeterOptions Meter { get; init; }

    /// <summary>The LLS password of the management association (client SAP 1). Never logged.</summary>
    public required string Password { get; init; }

    /// <summary>Clock of the simulated meter; a FakeTimeProvider in tests, an accelerated one in demos.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public AssociationProfile Profile { get; init; } = AssociationProfile.Full;

    /// <summary>Object map of the meter; the reference prepaid model when null. The simulator serves that model's objects only.</summary>
    public MeterModel? Model { get; init; }

    public ILoggerFactory? LoggerFactory { get; init; }
}
