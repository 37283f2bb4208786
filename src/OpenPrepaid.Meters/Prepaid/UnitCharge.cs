namespace OpenPrepaid.Meters.Prepaid;

/// <summary>
/// unit_charge of the Charge object (class 113, attributes 5 and 6): structure {charge_per_unit_scaling,
/// commodity, charge_table}.
/// </summary>
public sealed record UnitCharge(
    ChargePerUnitScaling Scaling,
    CosemAttributeReference Commodity,
    IReadOnlyList<ChargeTableElement> ChargeTable)
{
    /// <summary>Returns the charge_per_unit of tariff 1-4, or null when the table has no row for it.</summary>
    public short? ChargePerUnitOf(int tariff)
    {
        var index = ChargeTableElement.IndexOfTariff(tariff);
        return ChargeTable.FirstOrDefault(element => element.Index == index)?.ChargePerUnit;
    }

    /// <summary>Returns the price of tariff 1-4 in currency per 10^commodity_scale commodity units, or null without a row.</summary>
    public decimal? PriceOf(int tariff)
    {
        var chargePerUnit = ChargePerUnitOf(tariff);
        return chargePerUnit is null ? null : PriceScaling.ToPrice(chargePerUnit.Value, Scaling.PriceScale);
    }

    /// <summary>Builds a unit charge over active energy import (Wh) from prices per kWh of tariffs 1..n.</summary>
    public static UnitCharge FromChargesPerUnit(sbyte priceScale, params short[] chargesPerUnit)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chargesPerUnit.Length, Tariffs.MaxCount);

        var table = chargesPerUnit
            .Select((charge, position) => new ChargeTableElement(ChargeTableElement.IndexOfTariff(position + 1), charge))
            .ToArray();

        return new UnitCharge(new ChargePerUnitScaling(3, priceScale), CosemAttributeReference.ActiveEnergyImportTotal, table);
    }

    public bool Equals(UnitCharge? other)
    {
        return other is not null
            && Scaling == other.Scaling
            && Commodity == other.Commodity
            && ChargeTable.SequenceEqual(other.ChargeTable);
    }

    public override int GetHashCode() => HashCode.Combine(Scaling, Commodity, ChargeTable.Count);
}
