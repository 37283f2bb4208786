using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Cli.Output;

/// <summary>The result of writing a profile to one meter in <c>--json</c> output.</summary>
/// <param name="Status"><c>written</c> (every field read back as sent), <c>incomplete</c> or <c>failed</c>.</param>
/// <param name="Error">The exchange's error in words, or null.</param>
/// <param name="Fields">The meter's response to each field written.</param>
/// <param name="Mismatches">The fields that read back differently from what was written.</param>
internal sealed record SettingsWriteDocument(
    string Serial,
    string Profile,
    string Status,
    string? Error,
    IReadOnlyList<FieldWriteDocument> Fields,
    IReadOnlyList<MismatchDocument> Mismatches)
{
    public static SettingsWriteDocument From(ProfileWriteResult result, string profile) => new(
        result.Serial,
        profile,
        result.Status switch
        {
            ProfileWriteStatus.Written => "written",
            ProfileWriteStatus.Incomplete => "incomplete",
            _ => "failed",
        },
        result.Error,
        [.. result.FieldResults.Select(f => new FieldWriteDocument(f.Field, f.Outcome, f.Detail))],
        [.. result.Mismatches.Select(m => new MismatchDocument(m.Field, SettingValues.ToJson(m.Expected), SettingValues.ToJson(m.Actual)))]);
}
