using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Core.Profiles;

/// <summary>The outcome of writing a profile to one meter.</summary>
/// <param name="Error">The error in words when the exchange or the read-back failed.</param>
/// <param name="Completed">Meters finished so far in this write, this one included.</param>
public sealed record ProfileWriteResult(
    string Serial,
    ProfileWriteStatus Status,
    IReadOnlyList<SettingWriteResult> FieldResults,
    IReadOnlyList<SettingMismatch> Mismatches,
    string? Error,
    MeterFailureKind? FailureKind,
    int Completed,
    int Total);
