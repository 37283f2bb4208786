namespace OpenPrepaid.Cli.Output;

/// <summary>The <c>--json</c> result of <c>settings read</c>.</summary>
/// <param name="Status">"OK" or the error in words.</param>
/// <param name="Settings">The settings in the meter, or null when the read failed.</param>
internal sealed record SettingsReadDocument(string Serial, string Status, SettingsDocument? Settings);
