using System.Globalization;
using System.Text;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Core.Profiles;

/// <summary>The journal's words for settings writes, in English with invariant numbers.</summary>
internal static class ProfileJournalText
{
    public static string Request(PrepaidProfile profile)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"write profile '{profile.Name}':");
        foreach (var field in Enum.GetValues<SettingField>())
        {
            text.Append(CultureInfo.InvariantCulture, $" {field}={Format(profile.Settings.ValueOf(field))}");
        }

        return text.ToString();
    }

    public static string Response(ProfileWriteResult result)
    {
        if (result.Status == ProfileWriteStatus.Failed)
        {
            return "failed: " + result.Error;
        }

        var text = new StringBuilder();
        var written = result.FieldResults.Count(r => r.Outcome == SettingWriteOutcome.Written);
        text.Append(CultureInfo.InvariantCulture, $"{written} of {result.FieldResults.Count} fields written");
        foreach (var refused in result.FieldResults.Where(r => r.Outcome != SettingWriteOutcome.Written))
        {
            text.Append(CultureInfo.InvariantCulture, $"; {refused.Field} {refused.Outcome}");
            if (refused.Detail is { Length: > 0 } detail)
            {
                text.Append(" (").Append(detail).Append(')');
            }
        }

        foreach (var mismatch in result.Mismatches)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {mismatch.Field} read back {Format(mismatch.Actual)}, expected {Format(mismatch.Expected)}");
        }

        if (result.Error is { Length: > 0 } error)
        {
            text.Append("; ").Append(error);
        }

        return text.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "(not reported)",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
