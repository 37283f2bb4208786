using System.Text;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Meters.Driver;
using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Meters.Tests.Driver;

public class UnitChargeDataTests
{
    [Fact]
    public void PriceOfFourDecimalsEncodesChargePerUnit3424()
    {
        var value = UnitChargeData.Build(-4, [3424], CosemAttributeReference.ActiveEnergyImportTotal);

        var bytes = Convert.ToHexString(DlmsDataCodec.Encode(value));

        // charge_per_unit 3424 as a long is 10 0D 60, after the row index "T1" (09 02 54 31).
        Assert.Contains("0902543110" + "0D60", bytes);
    }

    [Fact]
    public void BuiltTableReadsBackAsTheSamePrices()
    {
        var value = UnitChargeData.Build(-3, [4250, 2160, 0, 32_767], CosemAttributeReference.ActiveEnergyImportTotal);

        var prices = UnitChargeData.ReadPrices(value, "unit_charge")!;

        Assert.Equal(4.25m, prices.Tariff1);
        Assert.Equal(2.16m, prices.Tariff2);
        Assert.Equal(0m, prices.Tariff3);
        Assert.Equal(32.767m, prices.Tariff4);
    }

    [Fact]
    public void CommodityScaleOtherThanKilowattHourIsConverted()
    {
        // 5 × 10^-2 per 10^0 Wh is 0.05 per Wh, so 50 per kWh.
        var value = new StructureData(
            new StructureData(new IntegerData(0), new IntegerData(-2)),
            new StructureData(new LongUnsignedData(3), new OctetStringData(ObisCode.Parse("1.0.1.8.0.255").ToBytes()), new IntegerData(2)),
            new ArrayData([new StructureData(new OctetStringData(Encoding.ASCII.GetBytes("T1")), new LongData(5))]));

        var prices = UnitChargeData.ReadPrices(value, "unit_charge")!;

        Assert.Equal(50m, prices.Tariff1);
        Assert.Null(prices.Tariff2);
    }

    [Fact]
    public void NonArrayTableIsProtocolError()
    {
        var value = new StructureData(
            new StructureData(new IntegerData(3), new IntegerData(-4)),
            new StructureData(new LongUnsignedData(3), new OctetStringData(new byte[6]), new IntegerData(2)),
            new LongData(5));

        var error = Assert.Throws<Dlms.DlmsProtocolException>(() => UnitChargeData.ReadPrices(value, "unit_charge"));

        Assert.Contains("charge_table", error.Message);
    }
}
