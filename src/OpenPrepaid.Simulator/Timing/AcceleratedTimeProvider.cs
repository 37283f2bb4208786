namespace OpenPrepaid.Simulator.Timing;

/// <summary>
/// A clock that runs <see cref="Factor"/> times faster than an underlying one, for demonstrations: with a factor
/// of 3600 a simulated hour passes every real second. Simulated time starts at <c>simulatedStart</c> when
/// the provider is created. Timers fire after the real time their simulated due time takes.
/// </summary>
public sealed class AcceleratedTimeProvider : TimeProvider
{
    private readonly TimeProvider _inner;
    private readonly DateTimeOffset _innerStart;
    private readonly long _innerStartTimestamp;
    private readonly DateTimeOffset _simulatedStart;

    public AcceleratedTimeProvider(TimeProvider inner, long factor, DateTimeOffset? simulatedStart = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);

        _inner = inner;
        Factor = factor;
        _innerStart = inner.GetUtcNow();
        _innerStartTimestamp = inner.GetTimestamp();
        _simulatedStart = simulatedStart ?? _innerStart;
    }

    /// <summary>Simulated seconds per real second.</summary>
    public long Factor { get; }

    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    public override long TimestampFrequency => _inner.TimestampFrequency;

    public override DateTimeOffset GetUtcNow()
    {
        var elapsed = _inner.GetUtcNow() - _innerStart;
        return _simulatedStart + Scale(elapsed);
    }

    /// <summary>
    /// A timestamp that advances <see cref="Factor"/> times faster; it overflows after about 2^63 / Factor ticks
    /// of the underlying clock (29 real days at a factor of 3600 with nanosecond ticks).
    /// </summary>
    public override long GetTimestamp()
    {
        var elapsed = _inner.GetTimestamp() - _innerStartTimestamp;
        return checked(_innerStartTimestamp + (elapsed * Factor));
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);

        return new AcceleratedTimer(_inner.CreateTimer(callback, state, Shrink(dueTime), Shrink(period)), this);
    }

    private TimeSpan Scale(TimeSpan elapsed) => TimeSpan.FromTicks(checked(elapsed.Ticks * Factor));

    /// <summary>Real time that a simulated span takes; infinite stays infinite and a non-zero span stays non-zero.</summary>
    private TimeSpan Shrink(TimeSpan simulated)
    {
        if (simulated == Timeout.InfiniteTimeSpan || simulated <= TimeSpan.Zero)
        {
            return simulated;
        }

        return TimeSpan.FromTicks(Math.Max(1, simulated.Ticks / Factor));
    }

    private sealed class AcceleratedTimer(ITimer inner, AcceleratedTimeProvider owner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(owner.Shrink(dueTime), owner.Shrink(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
