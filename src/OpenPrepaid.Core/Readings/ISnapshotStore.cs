namespace OpenPrepaid.Core.Readings;

/// <summary>Storage of read results: every snapshot is kept as history, and the newest is each meter's latest.</summary>
public interface ISnapshotStore
{
    Task SaveAsync(MeterSnapshot snapshot, CancellationToken cancellationToken);

    Task<MeterSnapshot?> GetLatestAsync(string meterSerial, CancellationToken cancellationToken);

    /// <summary>Returns the latest snapshot of every meter that has one, by serial.</summary>
    Task<IReadOnlyDictionary<string, MeterSnapshot>> GetLatestAllAsync(CancellationToken cancellationToken);

    /// <summary>Returns the snapshots read in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    Task<IReadOnlyList<MeterSnapshot>> GetHistoryAsync(
        string meterSerial, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
