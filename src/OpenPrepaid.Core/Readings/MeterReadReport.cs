namespace OpenPrepaid.Core.Readings;

/// <summary>Progress of a read: one meter has finished, successfully or not.</summary>
/// <param name="Completed">Meters finished so far in this read, this one included.</param>
/// <param name="Total">Meters in this read.</param>
public sealed record MeterReadReport(MeterSnapshot Snapshot, int Completed, int Total)
{
    public string Serial => Snapshot.Serial;

    public ReadStatus Status => Snapshot.Status;
}
