using System.Diagnostics;
using OpenPrepaid.Core.Readings;

namespace OpenPrepaid.ReadAll.Benchmark;

/// <summary>Passes every call to the product's snapshot store and records in a <see cref="ReadProbe"/> how long each save takes.</summary>
internal sealed class TimedSnapshotStore(ISnapshotStore inner, ReadProbe probe) : ISnapshotStore
{
    public async Task SaveAsync(MeterSnapshot snapshot, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await inner.SaveAsync(snapshot, cancellationToken).ConfigureAwait(false);
        probe.AddSave(Stopwatch.GetTimestamp() - started);
    }

    public Task<MeterSnapshot?> GetLatestAsync(string meterSerial, CancellationToken cancellationToken) =>
        inner.GetLatestAsync(meterSerial, cancellationToken);

    public Task<IReadOnlyDictionary<string, MeterSnapshot>> GetLatestAllAsync(CancellationToken cancellationToken) =>
        inner.GetLatestAllAsync(cancellationToken);

    public Task<IReadOnlyList<MeterSnapshot>> GetHistoryAsync(
        string meterSerial, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        inner.GetHistoryAsync(meterSerial, from, to, cancellationToken);
}
