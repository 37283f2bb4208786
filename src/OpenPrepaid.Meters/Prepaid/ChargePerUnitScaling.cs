namespace OpenPrepaid.Meters.Prepaid;

/// <summary>
/// charge_per_unit_scaling of a Charge unit_charge: the price of 10^<see cref="CommodityScale"/> units of the
/// commodity register is charge_per_unit × 10^<see cref="PriceScale"/> currency. With energy in Wh, a commodity
/// scale of 3 prices each kWh.
/// </summary>
public readonly record struct ChargePerUnitScaling(sbyte CommodityScale, sbyte PriceScale)
{
    /// <summary>Prices per kWh (commodity in Wh) with four decimals.</summary>
    public static ChargePerUnitScaling PerKilowattHourFourDecimals { get; } = new(3, -4);
}
