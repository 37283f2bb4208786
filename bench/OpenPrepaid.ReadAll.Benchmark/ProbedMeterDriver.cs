using System.Diagnostics;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Settings;
using OpenPrepaid.Meters.Driver;

namespace OpenPrepaid.ReadAll.Benchmark;

/// <summary>
/// Passes every call to the product's <see cref="DlmsMeterDriver"/> and records in a <see cref="ReadProbe"/>
/// how long channels take to open and snapshots to read, and how many requests each snapshot took.
/// </summary>
internal sealed class ProbedMeterDriver(DlmsMeterDriver inner, ReadProbe probe) : IMeterDriver
{
    public async Task<IMeterConnection> OpenAsync(ChannelEndpoint channel, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var connection = await inner.OpenAsync(channel, cancellationToken).ConfigureAwait(false);
        probe.AddOpen(Stopwatch.GetTimestamp() - started);
        return connection;
    }

    public async Task<MeterReading> ReadSnapshotAsync(MeterAccess meter, IMeterConnection connection, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var reading = await inner.ReadSnapshotAsync(meter, connection, cancellationToken).ConfigureAwait(false);
        var ended = Stopwatch.GetTimestamp();
        probe.AddExchange(ended, ended - started, ((DlmsMeterConnection)connection).LastExchangeRequestCount);
        return reading;
    }

    public Task<MeterSettings> ReadSettingsAsync(MeterAccess meter, IMeterConnection connection, CancellationToken cancellationToken) =>
        inner.ReadSettingsAsync(meter, connection, cancellationToken);

    public Task<IReadOnlyList<SettingWriteResult>> WriteSettingsAsync(
        MeterAccess meter, IMeterConnection connection, PrepaidSettings settings, CancellationToken cancellationToken) =>
        inner.WriteSettingsAsync(meter, connection, settings, cancellationToken);

    public Task<TopUpResult> TopUpAsync(
        MeterAccess meter, IMeterConnection connection, long tokenSequence, decimal amount, CancellationToken cancellationToken) =>
        inner.TopUpAsync(meter, connection, tokenSequence, amount, cancellationToken);
}
