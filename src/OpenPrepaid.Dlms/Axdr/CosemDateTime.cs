namespace OpenPrepaid.Dlms.Axdr;

/// <summary>
/// A COSEM date-time (12 bytes): date, time, deviation in minutes and clock status. A deviation of
/// 0x8000 is "not specified" (null) and distinct from 0 (UTC); a status of 0xFF is "not specified" (null)
/// and distinct from <see cref="ClockStatus.Ok"/>. Both survive a read and a write unchanged.
/// </summary>
public readonly record struct CosemDateTime(CosemDate Date, CosemTime Time, short? Deviation, ClockStatus? Status)
{
    public const int EncodedLength = 12;
    public const short DeviationNotSpecified = unchecked((short)0x8000);
    public const byte StatusNotSpecified = 0xFF;

    public static CosemDateTime Read(ref AxdrReader reader)
    {
        var date = CosemDate.Read(ref reader);
        var time = CosemTime.Read(ref reader);
        var deviation = reader.ReadInt16();
        var status = reader.ReadByte();
        return new CosemDateTime(
            date,
            time,
            deviation == DeviationNotSpecified ? null : deviation,
            status == StatusNotSpecified ? null : (ClockStatus)status);
    }

    /// <summary>Decodes the 12 bytes that an octet-string(12) carries for a date-time.</summary>
    public static CosemDateTime Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != EncodedLength)
        {
            throw new DlmsProtocolException($"A date-time must be {EncodedLength} bytes, got {bytes.Length}");
        }

        var reader = new AxdrReader(bytes);
        return Read(ref reader);
    }

    public void Write(AxdrWriter writer)
    {
        Date.Write(writer);
        Time.Write(writer);
        writer.WriteInt16(Deviation ?? DeviationNotSpecified);
        writer.WriteByte(Status is { } status ? (byte)status : StatusNotSpecified);
    }

    /// <summary>Returns the 12 bytes that travel inside an octet-string(12).</summary>
    public byte[] Encode()
    {
        var writer = new AxdrWriter(EncodedLength);
        Write(writer);
        return writer.ToArray();
    }

    /// <summary>
    /// Builds a date-time from a .NET time with its offset. Under the standard convention the deviation is the
    /// negated UTC offset (UTC+2 is sent as -120, IEC 62056-6-2 clause 4.1.6.1).
    /// </summary>
    public static CosemDateTime FromDateTimeOffset(
        DateTimeOffset value,
        ClockStatus? status = ClockStatus.Ok,
        DeviationConvention convention = DeviationConvention.Standard)
    {
        var offsetMinutes = (short)value.Offset.TotalMinutes;
        var deviation = convention == DeviationConvention.Standard ? (short)-offsetMinutes : offsetMinutes;
        var date = CosemDate.FromDateOnly(DateOnly.FromDateTime(value.DateTime));
        var time = new CosemTime((byte)value.Hour, (byte)value.Minute, (byte)value.Second, (byte)(value.Millisecond / 10));
        return new CosemDateTime(date, time, deviation, status);
    }

    /// <summary>
    /// Converts to a point in time: local time with its offset from UTC. Returns null when the date or time is
    /// not fully specified. An unspecified deviation is read as UTC only when <paramref name="unspecifiedDeviationAsUtc"/>
    /// is true; otherwise it returns null, because the instant is unknown.
    /// </summary>
    public DateTimeOffset? ToDateTimeOffset(
        DeviationConvention convention = DeviationConvention.Standard,
        bool unspecifiedDeviationAsUtc = false)
    {
        if (Date.ToDateOnly() is not { } date || Time.ToTimeOnly() is not { } time)
        {
            return null;
        }

        if (Deviation is not { } deviation)
        {
            if (!unspecifiedDeviationAsUtc)
            {
                return null;
            }

            deviation = 0;
        }

        if (deviation is < -840 or > 840)
        {
            return null;
        }

        var offsetMinutes = convention == DeviationConvention.Standard ? -deviation : deviation;
        var local = date.ToDateTime(time);
        var offset = TimeSpan.FromMinutes(offsetMinutes);

        // 0001-01-01 00:30 at UTC+1 lies before DateTime.MinValue in UTC, which DateTimeOffset rejects.
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return null;
        }

        return new DateTimeOffset(local, offset);
    }

    public override string ToString()
    {
        var deviation = Deviation is { } d ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unspecified";
        var status = Status is { } s ? $"0x{(byte)s:X2}" : "unspecified";
        return $"{Date} {Time} deviation {deviation} status {status}";
    }
}
