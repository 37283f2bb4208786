using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Cli.Output;

/// <param name="Outcome"><c>written</c>, <c>rejected</c> (the meter returned an error) or <c>notSupported</c> (the model has no such object).</param>
/// <param name="Detail">The meter's error in words when it rejected the write.</param>
internal sealed record FieldWriteDocument(SettingField Field, SettingWriteOutcome Outcome, string? Detail);
