namespace OpenPrepaid.Meters.Prepaid;

/// <summary>
/// currency of the Account object (class 111, attribute 15): structure {currency_name, currency_scale,
/// currency_unit}. Money in the meter is an integer of minor units: value × 10^<see cref="Scale"/> currency.
/// </summary>
public sealed record CurrencyDefinition(string Name, sbyte Scale, CurrencyUnit Unit = CurrencyUnit.Monetary)
{
    /// <summary>Ukrainian hryvnia in kopiykas (scale -2).</summary>
    public static CurrencyDefinition Hryvnia { get; } = new("UAH", -2);
}
