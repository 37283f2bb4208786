namespace OpenPrepaid.Dlms.Axdr;

/// <summary>
/// A COSEM date (5 bytes): year, month, day of month, day of week. Fields keep their raw values so that
/// "not specified" (0xFFFF / 0xFF) and the special months and days survive a read and a write unchanged.
/// </summary>
public readonly record struct CosemDate(ushort Year, byte Month, byte DayOfMonth, byte DayOfWeek)
{
    public const ushort YearNotSpecified = 0xFFFF;
    public const byte NotSpecified = 0xFF;

    /// <summary>Month value meaning "the month daylight saving ends".</summary>
    public const byte DaylightSavingsEnd = 0xFD;

    /// <summary>Month value meaning "the month daylight saving begins".</summary>
    public const byte DaylightSavingsBegin = 0xFE;

    public const int EncodedLength = 5;

    public static CosemDate Read(ref AxdrReader reader)
    {
        var year = reader.ReadUInt16();
        var month = reader.ReadByte();
        var day = reader.ReadByte();
        var dayOfWeek = reader.ReadByte();
        return new CosemDate(year, month, day, dayOfWeek);
    }

    public void Write(AxdrWriter writer)
    {
        writer.WriteUInt16(Year);
        writer.WriteByte(Month);
        writer.WriteByte(DayOfMonth);
        writer.WriteByte(DayOfWeek);
    }

    /// <summary>True when year, month and day of month are all ordinary values (not wildcards or special days).</summary>
    public bool IsCalendarDate => Year != YearNotSpecified && Month is >= 1 and <= 12 && DayOfMonth is >= 1 and <= 31;

    public static CosemDate FromDateOnly(DateOnly date) =>
        new((ushort)date.Year, (byte)date.Month, (byte)date.Day, IsoDayOfWeek(date.DayOfWeek));

    /// <summary>
    /// Converts to a <see cref="DateOnly"/>, or null when a field is not specified or out of range. Years 0 and
    /// 10000..65534 are valid COSEM years that <see cref="DateOnly"/> cannot hold, so they also give null.
    /// </summary>
    public DateOnly? ToDateOnly()
    {
        if (!IsCalendarDate || Year is < 1 or > 9999 || DayOfMonth > DateTime.DaysInMonth(Year, Month))
        {
            return null;
        }

        return new DateOnly(Year, Month, DayOfMonth);
    }

    /// <summary>COSEM numbers days of the week from 1 = Monday to 7 = Sunday.</summary>
    internal static byte IsoDayOfWeek(DayOfWeek day) => day == System.DayOfWeek.Sunday ? (byte)7 : (byte)day;

    public override string ToString()
    {
        var year = Year == YearNotSpecified ? "****" : Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        return $"{year}-{Field(Month)}-{Field(DayOfMonth)}";
    }

    internal static string Field(byte value) =>
        value == NotSpecified ? "**" : value.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
}
