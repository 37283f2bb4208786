namespace OpenPrepaid.Core.Settings;

/// <summary>A field whose value read back from the meter differs from the value written.</summary>
/// <param name="Actual">The value read back, or null when the meter does not report the field.</param>
public sealed record SettingMismatch(SettingField Field, object Expected, object? Actual);
