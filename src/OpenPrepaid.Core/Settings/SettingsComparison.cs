namespace OpenPrepaid.Core.Settings;

/// <summary>Compares written settings with the settings read back, field by field.</summary>
public static class SettingsComparison
{
    /// <summary>
    /// Returns every field whose read-back value differs from the written one, including fields the meter
    /// does not report. Decimals compare by value, so 1.50 read back for 1.5 is a match.
    /// </summary>
    public static IReadOnlyList<SettingMismatch> Compare(PrepaidSettings written, MeterSettings readBack)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(readBack);

        var mismatches = new List<SettingMismatch>();
        foreach (var field in Enum.GetValues<SettingField>())
        {
            var expected = written.ValueOf(field);
            var actual = readBack.ValueOf(field);
            if (!Equals(expected, actual))
            {
                mismatches.Add(new SettingMismatch(field, expected, actual));
            }
        }

        return mismatches;
    }
}
