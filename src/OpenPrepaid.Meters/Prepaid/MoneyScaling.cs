namespace OpenPrepaid.Meters.Prepaid;

/// <summary>
/// Conversions between money as <see cref="decimal"/> and the meter's scaled integers (value × 10^scale).
/// Exact both ways: an amount that does not fit the scale is rejected, never rounded.
/// </summary>
public static class MoneyScaling
{
    /// <summary>Returns <paramref name="scaledValue"/> × 10^<paramref name="scale"/> exactly.</summary>
    public static decimal ToDecimal(long scaledValue, sbyte scale)
    {
        CheckScale(scale);

        return scale >= 0
            ? scaledValue * Pow10(scale)
            : scaledValue / Pow10(-scale);
    }

    /// <summary>
    /// Converts an amount to the scaled integer of a meter. Returns false when the amount has more decimals
    /// than the scale keeps, or when the result does not fit a signed 64-bit integer.
    /// </summary>
    public static bool TryToScaled(decimal amount, sbyte scale, out long scaledValue)
    {
        CheckScale(scale);
        scaledValue = 0;

        decimal scaled;
        try
        {
            scaled = scale >= 0 ? amount / Pow10(scale) : amount * Pow10(-scale);
        }
        catch (OverflowException)
        {
            return false;
        }

        if (scaled != decimal.Truncate(scaled) || scaled < long.MinValue || scaled > long.MaxValue)
        {
            return false;
        }

        scaledValue = (long)scaled;
        return true;
    }

    /// <summary>Rounds a scaled value with a sub-unit remainder for display, half away from zero.</summary>
    public static decimal RoundForDisplay(decimal exactAmount, int decimals)
    {
        return Math.Round(exactAmount, decimals, MidpointRounding.AwayFromZero);
    }

    internal static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    private static void CheckScale(sbyte scale)
    {
        // A decimal has 28 significant digits, and no currency or price scale comes near that.
        if (scale is < -18 or > 18)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "Scales from -18 to 18 are supported.");
        }
    }
}
