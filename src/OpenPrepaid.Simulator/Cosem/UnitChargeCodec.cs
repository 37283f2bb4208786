using System.Text;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// The Charge unit_charge structure (class 113, attributes 5 and 6): {charge_per_unit_scaling {commodity_scale
/// integer, price_scale integer}, commodity {class_id long-unsigned, logical_name octet-string, attribute_index
/// integer}, charge_table array of {index octet-string, charge_per_unit long}}. Callers check the shape first.
/// </summary>
internal static class UnitChargeCodec
{
    public static StructureData Encode(UnitCharge unitCharge) => new(
        new StructureData(new IntegerData(unitCharge.Scaling.CommodityScale), new IntegerData(unitCharge.Scaling.PriceScale)),
        EncodeReference(unitCharge.Commodity),
        EncodeTable(unitCharge.ChargeTable));

    /// <summary>The structure {class_id, logical_name, attribute_index} of a commodity or a monitored value.</summary>
    public static StructureData EncodeReference(CosemAttributeReference reference) => new(
        new LongUnsignedData(reference.ClassId),
        new OctetStringData(reference.LogicalName.ToBytes()),
        new IntegerData(reference.AttributeIndex));

    public static ArrayData EncodeTable(IReadOnlyList<ChargeTableElement> table) =>
        new([.. table.Select(row => (DlmsData)new StructureData(new OctetStringData(Encoding.ASCII.GetBytes(row.Index)), new LongData(row.ChargePerUnit)))]);

    public static UnitCharge Decode(StructureData value)
    {
        var scaling = (StructureData)value[0];
        var commodity = (StructureData)value[1];
        return new UnitCharge(
            new ChargePerUnitScaling(((IntegerData)scaling[0]).Value, ((IntegerData)scaling[1]).Value),
            new CosemAttributeReference(
                ((LongUnsignedData)commodity[0]).Value,
                ObisCode.FromBytes(((OctetStringData)commodity[1]).Value),
                ((IntegerData)commodity[2]).Value),
            DecodeTable((ArrayData)value[2]));
    }

    public static IReadOnlyList<ChargeTableElement> DecodeTable(ArrayData table)
    {
        // Latin-1 maps every byte to one character, so an index that is not "T1".."T4" stays visibly wrong
        // and the meter rejects it by name.
        return [.. table.Items.Select(item => (StructureData)item)
            .Select(row => new ChargeTableElement(Encoding.Latin1.GetString(((OctetStringData)row[0]).Value), ((LongData)row[1]).Value))];
    }
}
