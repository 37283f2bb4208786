namespace OpenPrepaid.Meters.Prepaid;

/// <summary>
/// Conversions between a price as <see cref="decimal"/> and a Charge charge_per_unit, a signed 16-bit integer
/// scaled by price_scale (price = charge_per_unit × 10^price_scale). A price that is not a whole number of
/// 10^price_scale, or whose charge_per_unit does not fit -32768..32767, is rejected: never rounded, never wrapped.
/// </summary>
public static class PriceScaling
{
    /// <summary>The finest price scale <see cref="FindPriceScale"/> tries: prices with up to 9 decimals.</summary>
    public const sbyte FinestPriceScale = -9;

    /// <summary>The coarsest price scale <see cref="FindPriceScale"/> tries.</summary>
    public const sbyte CoarsestPriceScale = 9;

    public static decimal ToPrice(short chargePerUnit, sbyte priceScale) => MoneyScaling.ToDecimal(chargePerUnit, priceScale);

    /// <summary>
    /// Converts a price to charge_per_unit at a price scale. Returns false, with the reason in
    /// <paramref name="error"/>, when the price has more decimals than the scale keeps or does not fit 16 bits.
    /// </summary>
    public static bool TryToChargePerUnit(decimal price, sbyte priceScale, out short chargePerUnit, out string? error)
    {
        chargePerUnit = 0;
        if (!MoneyScaling.TryToScaled(price, priceScale, out var scaled))
        {
            error = $"price {price} is not a whole multiple of 10^{priceScale}; it needs a finer price scale";
            return false;
        }

        if (scaled is < short.MinValue or > short.MaxValue)
        {
            error = $"price {price} at price scale {priceScale} is charge_per_unit {scaled}, outside the signed 16-bit range "
                + $"{short.MinValue}..{short.MaxValue}; use a coarser price scale";
            return false;
        }

        chargePerUnit = (short)scaled;
        error = null;
        return true;
    }

    /// <summary>
    /// Finds the finest price scale at which every price is exact and fits charge_per_unit. Returns false when
    /// no scale does: 4.25 needs scale -3 or coarser and 0.3424 needs -4 or finer, so no scale fits both.
    /// </summary>
    public static bool TryFindPriceScale(IEnumerable<decimal> prices, out sbyte priceScale)
    {
        var list = prices.ToList();
        for (var scale = FinestPriceScale; scale <= CoarsestPriceScale; scale++)
        {
            var fitsAll = true;
            var tooCoarse = false;
            foreach (var price in list)
            {
                if (!MoneyScaling.TryToScaled(price, scale, out var scaled))
                {
                    // Coarser scales keep even fewer decimals, so no later scale can be exact.
                    tooCoarse = true;
                    break;
                }

                if (scaled is < short.MinValue or > short.MaxValue)
                {
                    fitsAll = false;
                }
            }

            if (tooCoarse)
            {
                break;
            }

            if (fitsAll)
            {
                priceScale = scale;
                return true;
            }
        }

        priceScale = 0;
        return false;
    }
}
