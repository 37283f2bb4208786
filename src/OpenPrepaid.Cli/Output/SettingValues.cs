using System.Globalization;
using OpenPrepaid.Core.Settings;
using CoreMessages = OpenPrepaid.Core.Resources.Messages;

namespace OpenPrepaid.Cli.Output;

/// <summary>Setting fields and their values in human output and in JSON.</summary>
internal static class SettingValues
{
    /// <summary>Returns the field's name in the operator's language, as the web console labels it.</summary>
    public static string FieldName(SettingField field, CultureInfo culture) => CoreMessages.Get("Field_" + field, culture);

    /// <summary>Formats a value of <see cref="MeterSettings.ValueOf"/> or <see cref="PrepaidSettings.ValueOf"/> for people.</summary>
    public static string Format(object? value, Messages messages) => value switch
    {
        null => Display.Missing,
        decimal number => Display.Number(number, messages.Culture),
        int number => number.ToString(messages.Culture),
        bool flag => messages[flag ? "Yes" : "No"],
        DisplayItems items => string.Join(", ", DisplayItemNames.Names(items)),
        _ => Convert.ToString(value, messages.Culture) ?? string.Empty,
    };

    /// <summary>Converts a value for JSON: display items to a list of names, everything else unchanged.</summary>
    public static object? ToJson(object? value) => value is DisplayItems items ? DisplayItemNames.Names(items) : value;

    /// <summary>Lists the rows of a settings table: every field with its value.</summary>
    public static IEnumerable<(string Field, string Value)> Rows(MeterSettings settings, Messages messages) =>
        Enum.GetValues<SettingField>().Select(field => (FieldName(field, messages.Culture), Format(settings.ValueOf(field), messages)));
}
