using OpenPrepaid.Simulator.Behaviour;
using OpenPrepaid.Simulator.Cosem;
using OpenPrepaid.Simulator.Faults;

namespace OpenPrepaid.Simulator.Fleet;

/// <summary>One meter of a running fleet: its plan, the simulated device and where it listens.</summary>
public sealed class FleetMeter
{
    internal FleetMeter(FleetMeterPlan plan, SimulatedMeterDevice device, string modelName)
    {
        Plan = plan;
        Device = device;
        ModelName = modelName;
    }

    public FleetMeterPlan Plan { get; }

    public SimulatedMeterDevice Device { get; }

    public SimulatedMeter Meter => Device.Meter;

    public MeterFaults Faults => Device.Faults;

    public string SerialNumber => Plan.SerialNumber;

    public string ModelName { get; }

    /// <summary>The management LLS password (client SAP 1). Never logged.</summary>
    public string Password => Plan.Password;

    public ReadOnlyMemory<byte> TopUpKey => Plan.TopUpKey;

    /// <summary>Always 127.0.0.1: the simulator listens on loopback only.</summary>
    public string Host { get; } = "127.0.0.1";

    /// <summary>The TCP port, 0 until the fleet has started.</summary>
    public int Port { get; internal set; }

    /// <summary>The HDLC physical address on a shared line; null when the meter has its own port with the wrapper.</summary>
    public int? HdlcAddress { get; internal set; }

    /// <summary>Which line the meter is on, from 0; null over the wrapper.</summary>
    public int? Line { get; internal set; }

    public override string ToString() =>
        HdlcAddress is { } address ? $"{SerialNumber} at {Host}:{Port} HDLC {address}" : $"{SerialNumber} at {Host}:{Port}";
}
