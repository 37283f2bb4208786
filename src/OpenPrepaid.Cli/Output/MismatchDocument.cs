using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Cli.Output;

/// <param name="Actual">The value read back, or null when the meter does not report the field.</param>
internal sealed record MismatchDocument(SettingField Field, object? Expected, object? Actual);
