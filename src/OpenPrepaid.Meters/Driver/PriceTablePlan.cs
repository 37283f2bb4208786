using System.Globalization;
using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Meters.Driver;

/// <summary>
/// The price_scale and charge_per_unit values for a table of prices per kWh. One price_scale serves every
/// tariff and charge_per_unit is a signed 16-bit long, so the finest scale at which every price is exact and
/// fits is chosen: 0.3424 is 3424 at scale -4. When no scale fits every price (0.3424 with 4.25, whose 42500
/// overflows at -4), nothing is written and each price gets a reason. The prices that do not fit at the scale
/// that fits the most prices are named as the cause, and the others fail because they cannot share a scale
/// with them. Prices are never rounded or wrapped.
/// </summary>
internal sealed class PriceTablePlan
{
    private PriceTablePlan(sbyte priceScale, short[] chargesPerUnit, string?[] errors)
    {
        PriceScale = priceScale;
        ChargesPerUnit = chargesPerUnit;
        Errors = errors;
    }

    public sbyte PriceScale { get; }

    public IReadOnlyList<short> ChargesPerUnit { get; }

    /// <summary>Why each price cannot be written, or all null when the table can.</summary>
    public IReadOnlyList<string?> Errors { get; }

    public bool IsWritable => Errors.All(error => error is null);

    public static PriceTablePlan Create(IReadOnlyList<decimal> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);

        if (PriceScaling.TryFindPriceScale(prices, out var scale))
        {
            return new PriceTablePlan(scale, Convert(prices, scale, out _), new string?[prices.Count]);
        }

        // The scale that fits the most prices decides which prices are the cause; the finest wins a tie.
        var best = PriceScaling.FinestPriceScale;
        var bestFits = -1;
        for (var candidate = PriceScaling.FinestPriceScale; candidate <= PriceScaling.CoarsestPriceScale; candidate++)
        {
            Convert(prices, candidate, out var fits);
            if (fits > bestFits)
            {
                best = candidate;
                bestFits = fits;
            }
        }

        var errors = new string?[prices.Count];
        var causes = new List<int>();
        for (var i = 0; i < prices.Count; i++)
        {
            if (!PriceScaling.TryToChargePerUnit(prices[i], best, out _, out var error))
            {
                errors[i] = error;
                causes.Add(i + 1);
            }
        }

        var numbers = string.Join(", ", causes.Select(tariff => tariff.ToString(CultureInfo.InvariantCulture)));
        var named = causes.Count == 1 ? "the price of tariff " + numbers : "the prices of tariffs " + numbers;
        for (var i = 0; i < prices.Count; i++)
        {
            errors[i] ??= $"not written: the meter keeps one price scale for all tariffs, and no scale fits this price together with {named}";
        }

        return new PriceTablePlan(best, new short[prices.Count], errors);
    }

    private static short[] Convert(IReadOnlyList<decimal> prices, sbyte scale, out int fits)
    {
        var charges = new short[prices.Count];
        fits = 0;
        for (var i = 0; i < prices.Count; i++)
        {
            if (PriceScaling.TryToChargePerUnit(prices[i], scale, out charges[i], out _))
            {
                fits++;
            }
        }

        return charges;
    }
}
