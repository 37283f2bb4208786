namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// When daylight saving time begins and ends in one year of a time zone, as the Clock shows it: each moment
/// as the local wall-clock time just before the change, with the offset in force then, and the shift itself.
/// </summary>
internal sealed record DaylightSavingPeriod(DateTimeOffset Begin, DateTimeOffset End, TimeSpan Delta)
{
    /// <summary>
    /// Finds the changes of one local year by probing the zone day by day and then to the minute, which works
    /// for every kind of adjustment rule a zone may carry. Returns null for a zone or year without both changes.
    /// </summary>
    public static DaylightSavingPeriod? ForYear(TimeZoneInfo zone, int year)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!zone.SupportsDaylightSavingTime || year is < 2 or > 9998)
        {
            return null;
        }

        DateTimeOffset? begin = null;
        DateTimeOffset? end = null;
        var day = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero) - zone.BaseUtcOffset;
        var inDaylightSaving = zone.IsDaylightSavingTime(day);
        for (var i = 0; i < 366; i++)
        {
            var next = day.AddDays(1);
            var nextInDaylightSaving = zone.IsDaylightSavingTime(next);
            if (nextInDaylightSaving != inDaylightSaving)
            {
                var change = FindChange(zone, day, next, inDaylightSaving);
                if (nextInDaylightSaving)
                {
                    begin ??= change;
                }
                else
                {
                    end ??= change;
                }
            }

            day = next;
            inDaylightSaving = nextInDaylightSaving;
        }

        if (begin is not { } beginUtc || end is not { } endUtc)
        {
            return null;
        }

        var before = zone.GetUtcOffset(beginUtc.AddMinutes(-1));
        var after = zone.GetUtcOffset(beginUtc);
        return new DaylightSavingPeriod(beginUtc.ToOffset(before), endUtc.ToOffset(after), after - before);
    }

    /// <summary>Returns the first whole minute (UTC) in (from, to] at which the zone's daylight saving state differs from <paramref name="stateAtFrom"/>.</summary>
    private static DateTimeOffset FindChange(TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset to, bool stateAtFrom)
    {
        var low = 0;
        var high = (int)(to - from).TotalMinutes;
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (zone.IsDaylightSavingTime(from.AddMinutes(middle)) == stateAtFrom)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return from.AddMinutes(high);
    }
}
