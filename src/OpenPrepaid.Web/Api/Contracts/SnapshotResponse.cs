using System.Globalization;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;

namespace OpenPrepaid.Web.Api.Contracts;

/// <summary>One read of one meter. <see cref="StatusText"/> is what the console's status column shows.</summary>
public sealed record SnapshotResponse(
    string Serial,
    DateTimeOffset ReadAt,
    ReadStatus Status,
    string StatusText,
    MeterFailureKind? FailureKind,
    string? Error,
    MeterReading? Reading)
{
    public static SnapshotResponse From(MeterSnapshot snapshot, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(snapshot);

        return new SnapshotResponse(
            snapshot.Serial, snapshot.ReadAt, snapshot.Status, snapshot.StatusText(culture), snapshot.FailureKind, snapshot.Error, snapshot.Reading);
    }
}
