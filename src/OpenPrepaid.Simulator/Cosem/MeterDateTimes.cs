using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// The date-time attributes of the reference meter: an octet-string(12) in the meter's local time. The
/// deviation is signed as the standard signs it, in minutes from local time to UTC, so UTC+2 is -120
/// (IEC 62056-6-2 clause 4.1.6.1). Clock status bit 0x80 is set while daylight saving time is in force. A time
/// the meter does not have (no token yet, no activation planned) is twelve 0xFF bytes, as the model documents.
/// </summary>
internal static class MeterDateTimes
{
    private const byte Unspecified = 0xFF;

    public static OctetStringData Encode(DateTimeOffset? local, TimeZoneInfo zone)
    {
        if (local is not { } value)
        {
            return NotSpecified();
        }

        var status = zone.IsDaylightSavingTime(value) ? ClockStatus.DaylightSavingActive : ClockStatus.Ok;
        return new OctetStringData(CosemDateTime.FromDateTimeOffset(value, status).Encode());
    }

    public static OctetStringData NotSpecified() => new(Enumerable.Repeat(Unspecified, CosemDateTime.EncodedLength).ToArray());

    /// <summary>
    /// Decodes a date-time that a client writes. Returns true with null when date and time are all "not
    /// specified" (no time), true with the point in time when they are complete, and false otherwise. An
    /// unspecified deviation takes the offset of <paramref name="zone"/> at that local time.
    /// </summary>
    public static bool TryDecode(OctetStringData value, TimeZoneInfo zone, out DateTimeOffset? result)
    {
        result = null;
        if (value.Value.Length != CosemDateTime.EncodedLength)
        {
            return false;
        }

        // Bytes 0-8 are the date (5) and the time (4); deviation and status do not matter without them.
        if (value.Value.AsSpan(0, 9).IndexOfAnyExcept(Unspecified) < 0)
        {
            return true;
        }

        var dateTime = CosemDateTime.Decode(value.Value);
        if (dateTime.Deviation is not null)
        {
            result = dateTime.ToDateTimeOffset(DeviationConvention.Standard);
            return result is not null;
        }

        if (dateTime.ToDateTimeOffset(DeviationConvention.Standard, unspecifiedDeviationAsUtc: true) is not { } wallClock)
        {
            return false;
        }

        var local = DateTime.SpecifyKind(wallClock.DateTime, DateTimeKind.Unspecified);
        result = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return true;
    }
}
