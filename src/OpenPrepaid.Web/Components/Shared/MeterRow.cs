using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Web.Components.Shared;

/// <summary>
/// One row of the meters grid. A class rather than a record, because the grid keeps its selection in a hash
/// set and a row's values change as reads arrive.
/// </summary>
public sealed class MeterRow(Meter meter, MeterSnapshot? snapshot)
{
    public string Serial { get; } = meter.Serial;

    public string Model { get; private set; } = meter.Model;

    public string Memo { get; private set; } = meter.Memo;

    public MeterSnapshot? Snapshot { get; set; } = snapshot;

    /// <summary>True while a read that includes this meter has not reached it yet.</summary>
    public bool Pending { get; set; }

    public MeterReading? Reading => Snapshot?.Reading;

    public override bool Equals(object? obj) => obj is MeterRow other && other.Serial == Serial;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Serial);
}
