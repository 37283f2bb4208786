using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>
/// Exact cost of energy in minor units of the currency. The price of 10^commodity_scale Wh is
/// charge_per_unit × 10^price_scale currency and a minor unit is 10^currency_scale currency, so
/// <c>cost = joules / 3600 × charge_per_unit × 10^(price_scale − currency_scale − commodity_scale)</c> minor units.
/// Costs are counted in 1/<see cref="Denominator"/> of a minor unit, an integer for every scaling with
/// −<see cref="MaxExponent"/> ≤ price_scale − currency_scale − commodity_scale ≤ <see cref="MaxExponent"/>.
/// </summary>
internal static class ChargeArithmetic
{
    /// <summary>Bound of the decimal exponent of a supported scaling; scalings past it are rejected when written.</summary>
    public const int MaxExponent = 12;

    private static readonly Int128 PowerOfMaxExponent = Pow10(MaxExponent);

    /// <summary>3600 J per Wh times 10^12, so that every supported exponent gives whole numerators.</summary>
    public static Int128 Denominator { get; } = 3600 * PowerOfMaxExponent;

    public static int Exponent(ChargePerUnitScaling scaling, sbyte currencyScale)
    {
        return scaling.PriceScale - currencyScale - scaling.CommodityScale;
    }

    public static bool IsSupported(ChargePerUnitScaling scaling, sbyte currencyScale)
    {
        return Math.Abs(Exponent(scaling, currencyScale)) <= MaxExponent;
    }

    /// <summary>
    /// Cost of <paramref name="joules"/> at <paramref name="chargePerUnit"/>, in 1/<see cref="Denominator"/> minor units.
    /// Up to 10^9 J (a 100 kW load for almost 3 h) at any supported scaling stays far below the Int128 range.
    /// </summary>
    public static Int128 CostNumerator(long joules, short chargePerUnit, ChargePerUnitScaling scaling, sbyte currencyScale)
    {
        var exponent = Exponent(scaling, currencyScale);
        return (Int128)joules * chargePerUnit * Pow10(exponent + MaxExponent);
    }

    private static Int128 Pow10(int exponent)
    {
        Int128 result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
