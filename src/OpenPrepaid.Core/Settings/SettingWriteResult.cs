namespace OpenPrepaid.Core.Settings;

/// <summary>The meter's response to the write of one field.</summary>
/// <param name="Detail">The meter's error in words when the write was rejected, otherwise null.</param>
public sealed record SettingWriteResult(SettingField Field, SettingWriteOutcome Outcome, string? Detail = null);
