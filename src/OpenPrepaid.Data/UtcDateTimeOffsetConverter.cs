using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenPrepaid.Data;

/// <summary>
/// Stores every <see cref="DateTimeOffset"/> as a UTC <see cref="DateTime"/>: SQLite cannot order or
/// compare DateTimeOffset columns, and PostgreSQL's timestamptz keeps UTC anyway. Values read back carry
/// offset zero.
/// </summary>
internal sealed class UtcDateTimeOffsetConverter : ValueConverter<DateTimeOffset, DateTime>
{
    public UtcDateTimeOffsetConverter()
        : base(value => value.UtcDateTime, value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)))
    {
    }
}
