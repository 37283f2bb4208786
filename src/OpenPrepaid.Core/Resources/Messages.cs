using System.Globalization;
using System.Resources;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Resources;

/// <summary>
/// Operator-facing texts in English (neutral) and Ukrainian, looked up in the culture each caller passes
/// rather than the thread's culture, so one service can serve operators in both languages.
/// </summary>
public static class Messages
{
    private static readonly ResourceManager Resources =
        new("OpenPrepaid.Core.Resources.Messages", typeof(Messages).Assembly);

    /// <summary>Formats the message of <paramref name="code"/> with its arguments in <paramref name="culture"/>.</summary>
    public static string Format(RuleCode code, CultureInfo culture, IReadOnlyList<object> arguments)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(arguments);

        var template = Get(code.ToString(), culture);
        return string.Format(culture, template, [.. arguments]);
    }

    /// <summary>Returns the text named <paramref name="name"/> in <paramref name="culture"/>.</summary>
    /// <exception cref="InvalidOperationException">No resource has that name.</exception>
    public static string Get(string name, CultureInfo culture) =>
        Resources.GetString(name, culture)
        ?? throw new InvalidOperationException($"The Messages resources have no text named '{name}'.");
}
