using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenPrepaid.Core.Settings;
using OpenPrepaid.Web.Resources;

namespace OpenPrepaid.Web.Components.Shared;

/// <summary>Formats a setting's value for the operator: numbers in their culture, flags as yes/no, display items by name.</summary>
public static class SettingText
{
    public static string Format(object? value, IStringLocalizer<Ui> text) => value switch
    {
        null => Display.Missing,
        bool flag => text[flag ? "Common_Yes" : "Common_No"],
        DisplayItems items => Items(items, text),
        decimal number => number.ToString("#,0.####", CultureInfo.CurrentCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static string Items(DisplayItems items, IStringLocalizer<Ui> text)
    {
        var names = Enum.GetValues<DisplayItems>()
            .Where(i => i is not DisplayItems.None and not DisplayItems.All && items.HasFlag(i))
            .Select(i => text["DisplayItem_" + i].Value)
            .ToList();
        return names.Count == 0 ? Display.Missing : string.Join(", ", names);
    }
}
