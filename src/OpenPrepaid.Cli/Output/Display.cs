using System.Globalization;

namespace OpenPrepaid.Cli.Output;

/// <summary>How values appear in human output: numbers and times in the culture of <c>--culture</c>, times in local time.</summary>
internal static class Display
{
    /// <summary>Shown for a value the meter does not have (an optional object it reports undefined).</summary>
    public const string Missing = "—";

    /// <summary>Shown for a value that has not been read yet.</summary>
    public const string NotRead = "?";

    public static string Money(decimal? value, CultureInfo culture) => value?.ToString("N2", culture) ?? Missing;

    /// <summary>A signed amount, with a plus sign for a top-up.</summary>
    public static string Amount(decimal value, CultureInfo culture) => value > 0 ? "+" + value.ToString("N2", culture) : value.ToString("N2", culture);

    /// <summary>Energy, power or a price with as many decimals as the value has (up to four).</summary>
    public static string Number(decimal? value, CultureInfo culture) => value?.ToString("#,0.####", culture) ?? Missing;

    public static string Time(DateTimeOffset? value, CultureInfo culture) => value?.ToLocalTime().ToString("g", culture) ?? Missing;

    public static string Integer(int? value, CultureInfo culture) => value?.ToString(culture) ?? Missing;
}
