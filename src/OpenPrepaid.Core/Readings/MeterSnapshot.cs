using System.Globalization;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Resources;

namespace OpenPrepaid.Core.Readings;

/// <summary>
/// The outcome of one read of one meter: when, how it went, and what was read. A failed read keeps the
/// error in words and carries no values.
/// </summary>
public sealed record MeterSnapshot
{
    public required string Serial { get; init; }

    public required DateTimeOffset ReadAt { get; init; }

    public required ReadStatus Status { get; init; }

    public MeterFailureKind? FailureKind { get; init; }

    /// <summary>The error in words, for example "timed out" or "association rejected: wrong password".</summary>
    public string? Error { get; init; }

    public MeterReading? Reading { get; init; }

    public static MeterSnapshot Ok(string serial, DateTimeOffset readAt, MeterReading reading) => new()
    {
        Serial = serial,
        ReadAt = readAt,
        Status = ReadStatus.Ok,
        Reading = reading,
    };

    public static MeterSnapshot Failed(string serial, DateTimeOffset readAt, MeterFailureKind kind, string error) => new()
    {
        Serial = serial,
        ReadAt = readAt,
        Status = ReadStatus.Failed,
        FailureKind = kind,
        Error = error,
    };

    /// <summary>The status column's text: "OK", "?" or the error in words.</summary>
    public string StatusText(CultureInfo culture) => Status switch
    {
        ReadStatus.Ok => Messages.Get("ReadStatus_Ok", culture),
        ReadStatus.NotRead => Messages.Get("ReadStatus_NotRead", culture),
        _ => Error ?? string.Empty,
    };
}
