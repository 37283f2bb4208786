using System.Diagnostics;
using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.ReadAll.Benchmark;

/// <summary>
/// What the benchmark observes of a read from outside the product's code: bytes and writes on the wire, the
/// requests of each meter's exchange, and the time spent opening channels, in exchanges and in storing
/// snapshots. Thread-safe, because channels are read in parallel.
/// </summary>
internal sealed class ReadProbe
{
    private long _opens;
    private long _openTicks;
    private long _exchanges;
    private long _exchangeTicks;
    private long _requests;
    private int _minRequests = int.MaxValue;
    private int _maxRequests;
    private long _saves;
    private long _saveTicks;
    private long _lastExchangeEnd;

    public StreamTrafficCounter Traffic { get; } = new();

    public long Opens => Interlocked.Read(ref _opens);

    /// <summary>Time spent opening channels, summed over every channel (parallel channels overlap).</summary>
    public TimeSpan OpenTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _openTicks));

    /// <summary>Snapshot exchanges that succeeded.</summary>
    public long Exchanges => Interlocked.Read(ref _exchanges);

    /// <summary>Time spent in snapshot exchanges, from association to release, summed over every meter.</summary>
    public TimeSpan ExchangeTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _exchangeTicks));

    /// <summary>Requests after the association, summed over the successful exchanges.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Minimum requests after the association in one successful exchange, or 0 when none succeeded.</summary>
    public int MinRequests => Exchanges == 0 ? 0 : Volatile.Read(ref _minRequests);

    public int MaxRequests => Volatile.Read(ref _maxRequests);

    /// <summary>The <see cref="Stopwatch"/> timestamp at which the last successful exchange ended, or 0 before the first.</summary>
    public long LastExchangeEnd => Interlocked.Read(ref _lastExchangeEnd);

    public long Saves => Interlocked.Read(ref _saves);

    /// <summary>Time spent storing snapshots, which the read does one after another.</summary>
    public TimeSpan SaveTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _saveTicks));

    public void AddOpen(long elapsedTicks)
    {
        Interlocked.Increment(ref _opens);
        Interlocked.Add(ref _openTicks, elapsedTicks);
    }

    public void AddExchange(long endTimestamp, long elapsedTicks, int requests)
    {
        UpdateMax(ref _lastExchangeEnd, endTimestamp);
        Interlocked.Increment(ref _exchanges);
        Interlocked.Add(ref _exchangeTicks, elapsedTicks);
        Interlocked.Add(ref _requests, requests);
        UpdateMin(ref _minRequests, requests);
        UpdateMax(ref _maxRequests, requests);
    }

    public void AddSave(long elapsedTicks)
    {
        Interlocked.Increment(ref _saves);
        Interlocked.Add(ref _saveTicks, elapsedTicks);
    }

    private static void UpdateMin(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private static void UpdateMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private static void UpdateMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
