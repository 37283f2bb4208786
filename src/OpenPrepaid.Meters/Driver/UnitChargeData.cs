using System.Text;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Meters.Driver;

/// <summary>
/// Charge unit_charge (class 113 attributes 5 and 6) as prices per kWh: structure {charge_per_unit_scaling
/// {commodity_scale, price_scale}, commodity {class_id, logical_name, attribute_index}, charge_table array of
/// {index, charge_per_unit}}. The price of 10^commodity_scale Wh is charge_per_unit × 10^price_scale, so a kWh
/// costs charge_per_unit × 10^(price_scale + 3 - commodity_scale). Tariffs 1-4 are the rows "T1".."T4".
/// </summary>
internal static class UnitChargeData
{
    /// <summary>Commodity scale of a price per kWh when the commodity register counts Wh.</summary>
    public const sbyte PerKilowattHour = 3;

    public static TariffValues? ReadPrices(DlmsData? data, string what)
    {
        var structure = ValueReader.Structure(data, 3, what);
        if (structure is null)
        {
            return null;
        }

        var scaling = ValueReader.Structure(structure[0], 2, what + " charge_per_unit_scaling")!;
        var commodityScale = ValueReader.Integer(scaling[0], what + " commodity_scale")!.Value;
        var priceScale = ValueReader.Integer(scaling[1], what + " price_scale")!.Value;
        var exponent = priceScale + PerKilowattHour - commodityScale;
        if (exponent is < sbyte.MinValue or > sbyte.MaxValue)
        {
            throw new DlmsProtocolException($"{what} has price scale {priceScale} and commodity scale {commodityScale}, which no price can have");
        }

        if (structure[2] is not ArrayData table)
        {
            throw new DlmsProtocolException($"{what} charge_table is {structure[2].Type}; expected an array");
        }

        var prices = new decimal?[Tariffs.MaxCount];
        var scaler = new ScalerUnit((sbyte)exponent, 0);
        foreach (var item in table.Items)
        {
            var row = ValueReader.Structure(item, 2, what + " charge_table element")!;
            var index = ValueReader.Octets(row[0], what + " charge_table index")!;
            if (ChargeTableElement.TariffOfIndex(Encoding.ASCII.GetString(index)) is { } tariff)
            {
                prices[tariff - 1] = ValueReader.Scaled(row[1], scaler, what + " charge_per_unit");
            }
        }

        return new TariffValues(prices[0], prices[1], prices[2], prices[3]);
    }

    /// <summary>Builds a unit_charge over <paramref name="commodity"/> with one row per tariff, 1 first.</summary>
    public static StructureData Build(sbyte priceScale, IReadOnlyList<short> chargesPerUnit, CosemAttributeReference commodity)
    {
        var rows = new List<DlmsData>(chargesPerUnit.Count);
        for (var i = 0; i < chargesPerUnit.Count; i++)
        {
            var index = Encoding.ASCII.GetBytes(ChargeTableElement.IndexOfTariff(i + 1));
            rows.Add(new StructureData(new OctetStringData(index), new LongData(chargesPerUnit[i])));
        }

        return new StructureData(
            new StructureData(new IntegerData(PerKilowattHour), new IntegerData(priceScale)),
            new StructureData(
                new LongUnsignedData(commodity.ClassId),
                new OctetStringData(commodity.LogicalName.ToBytes()),
                new IntegerData(commodity.AttributeIndex)),
            new ArrayData(rows));
    }
}
