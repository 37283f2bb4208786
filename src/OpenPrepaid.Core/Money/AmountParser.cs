using System.Globalization;

namespace OpenPrepaid.Core.Money;

/// <summary>
/// Parses a charge amount typed by an operator: the rules of <see cref="DecimalInputParser"/> with at most
/// two decimal places, because money is kept to the cent.
/// </summary>
public static class AmountParser
{
    public const int MaxDecimals = 2;

    public static NumberParseResult Parse(string? text, CultureInfo culture) =>
        DecimalInputParser.Parse(text, culture, MaxDecimals);
}
