namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>
/// Converts UTC to a time zone's local time, caching the UTC offset per quarter hour: a meter steps every
/// second, and daylight saving changes happen on quarter hours in every zone in use.
/// </summary>
internal sealed class LocalClock
{
    private static readonly TimeSpan Block = TimeSpan.FromMinutes(15);

    private readonly TimeZoneInfo _zone;
    private long _cachedBlock = long.MinValue;
    private TimeSpan _cachedOffset;

    public LocalClock(TimeZoneInfo zone)
    {
        _zone = zone;
    }

    public TimeZoneInfo Zone => _zone;

    public DateTimeOffset ToLocal(DateTimeOffset utc)
    {
        var block = utc.UtcTicks / Block.Ticks;
        if (block != _cachedBlock)
        {
            _cachedOffset = _zone.GetUtcOffset(new DateTimeOffset(block * Block.Ticks, TimeSpan.Zero));
            _cachedBlock = block;
        }

        return utc.ToOffset(_cachedOffset);
    }
}
