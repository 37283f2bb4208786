using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using OpenPrepaid.Core.Channels;
using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Logging;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Core.Readings;

/// <summary>
/// Reads meters at scale: grouped by channel, channels in parallel, meters of one channel one after another
/// over one connection. Each result is stored with its time and status, settles the meter's Unknown charges,
/// and is reported as soon as that meter finishes.
/// </summary>
public sealed class ReadService
{
    private readonly IMeterDriver _driver;
    private readonly IMeterStore _meters;
    private readonly ISnapshotStore _snapshots;
    private readonly ChargeSettler _settler;
    private readonly ChannelScheduler _scheduler;
    private readonly TimeProvider _time;
    private readonly ILogger<ReadService> _logger;

    public ReadService(
        IMeterDriver driver,
        IMeterStore meters,
        ISnapshotStore snapshots,
        IChargeStore charges,
        ISecretProtector protector,
        ChannelGate gate,
        MeterExchangeOptions options,
        TimeProvider time,
        ILogger<ReadService> logger)
    {
        _driver = driver;
        _meters = meters;
        _snapshots = snapshots;
        _time = time;
        _logger = logger;
        _settler = new ChargeSettler(charges, time, logger);
        _scheduler = new ChannelScheduler(driver, protector, gate, options, time, logger);
    }

    /// <summary>Reads every registered meter.</summary>
    public async IAsyncEnumerable<MeterReadReport> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var meters = await _meters.ListAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var report in ReadMetersAsync(meters, [], cancellationToken).ConfigureAwait(false))
        {
            yield return report;
        }
    }

    /// <summary>Reads the meters with the given serials; a serial not in the register is reported as failed.</summary>
    public async IAsyncEnumerable<MeterReadReport> ReadAsync(
        IReadOnlyCollection<string> serials, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serials);

        var distinct = serials.Distinct(StringComparer.Ordinal).ToList();
        var meters = await _meters.FindManyAsync(distinct, cancellationToken).ConfigureAwait(false);
        var missing = distinct.Except(meters.Select(m => m.Serial), StringComparer.Ordinal).ToList();
        await foreach (var report in ReadMetersAsync(meters, missing, cancellationToken).ConfigureAwait(false))
        {
            yield return report;
        }
    }

    /// <summary>Reads the given serials, reporting each finished meter to <paramref name="progress"/>, and returns every report.</summary>
    public async Task<IReadOnlyList<MeterReadReport>> ReadAsync(
        IReadOnlyCollection<string> serials, IProgress<MeterReadReport>? progress, CancellationToken cancellationToken)
    {
        var reports = new List<MeterReadReport>();
        await foreach (var report in ReadAsync(serials, cancellationToken).ConfigureAwait(false))
        {
            reports.Add(report);
            progress?.Report(report);
        }

        return reports;
    }

    private async IAsyncEnumerable<MeterReadReport> ReadMetersAsync(
        IReadOnlyList<Meter> meters, IReadOnlyList<string> missing, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var total = meters.Count + missing.Count;
        var completed = 0;
        var failed = 0;

        foreach (var serial in missing)
        {
            completed++;
            failed++;
            var snapshot = MeterSnapshot.Failed(serial, _time.GetUtcNow(), MeterFailureKind.Other, "not in the register");
            yield return new MeterReadReport(snapshot, completed, total);
        }

        var results = _scheduler.RunAsync(meters, ReadOneAsync, Failed, cancellationToken);
        await foreach (var snapshot in results.ConfigureAwait(false))
        {
            // Store and settle even if the caller cancels now: the exchange already happened.
            await _snapshots.SaveAsync(snapshot, CancellationToken.None).ConfigureAwait(false);
            if (snapshot.Reading is { } reading)
            {
                await _settler.SettleFromReadingAsync(snapshot.Serial, reading, CancellationToken.None).ConfigureAwait(false);
            }
            else
            {
                failed++;
            }

            completed++;
            yield return new MeterReadReport(snapshot, completed, total);
        }

        CoreLog.ReadFinished(_logger, total, total - failed, failed);
    }

    private async Task<MeterSnapshot> ReadOneAsync(MeterAccess meter, IMeterConnection connection, CancellationToken cancellationToken)
    {
        var reading = await _driver.ReadSnapshotAsync(meter, connection, cancellationToken).ConfigureAwait(false);
        return MeterSnapshot.Ok(meter.Serial, _time.GetUtcNow(), reading);
    }

    private MeterSnapshot Failed(Meter meter, MeterFailureKind kind, string error) =>
        MeterSnapshot.Failed(meter.Serial, _time.GetUtcNow(), kind, error);
}
