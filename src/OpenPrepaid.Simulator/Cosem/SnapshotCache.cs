using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// The meter state that the COSEM objects of one device read during one request. A GET-with-list of thirty
/// attributes then takes one snapshot instead of thirty, and all its values belong to the same moment. Used
/// only under the device's lock, like the objects themselves.
/// </summary>
internal sealed class SnapshotCache
{
    private MeterSnapshot? _snapshot;

    public SnapshotCache(SimulatedMeter meter)
    {
        Meter = meter;
    }

    public SimulatedMeter Meter { get; }

    public MeterSnapshot Current => _snapshot ??= Meter.Snapshot();

    /// <summary>Integrates the meter up to now and drops the snapshot. The device calls it before each request.</summary>
    public void Refresh()
    {
        Meter.CatchUp();
        _snapshot = null;
    }

    /// <summary>Drops the snapshot after a write or a method changed the meter.</summary>
    public void Invalidate() => _snapshot = null;
}
