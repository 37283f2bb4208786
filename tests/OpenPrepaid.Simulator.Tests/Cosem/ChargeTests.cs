using System.Text;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Simulator.Tests.Support;

namespace OpenPrepaid.Simulator.Tests.Cosem;

/// <summary>Charge unit_charge writes and methods over DLMS: price scales, 16-bit prices and the passive table.</summary>
public class ChargeTests
{
    /// <summary>{commodity_scale 3, price_scale}, {3, 1.0.1.8.0.255, 2}, [{"T1", price}, {"T2", price}].</summary>
    private static StructureData UnitCharge(sbyte priceScale, DlmsData tariff1, DlmsData tariff2) => new(
        new StructureData(new IntegerData(3), new IntegerData(priceScale)),
        new StructureData(new LongUnsignedData(3), new OctetStringData([1, 0, 1, 8, 0, 255]), new IntegerData(2)),
        new ArrayData(
            new StructureData(new OctetStringData("T1"u8.ToArray()), tariff1),
            new StructureData(new OctetStringData("T2"u8.ToArray()), tariff2)));

    [Fact]
    public async Task FourDecimalPriceIsStoredAs3424()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync();
        await using var _fleet = fleet;
        await using (var client = await MeterClients.OpenAsync(meter))
        {
            await client.SetAsync(Obis.Attribute("charge", 5), UnitCharge(-4, new LongData(3424), new LongData(1712)));
        }

        await using var session = await RawWrapperSession.OpenManagementAsync(meter);
        var reply = Hex.Format(await session.ExchangeAsync(Hex.Parse("C0 01 C1 00 71 00 00 13 14 00 FF 05 00")));

        // price_scale -4 (0F FC) and T1's charge_per_unit 3424 (10 0D 60) on the wire.
        Assert.Contains("0F030FFC", reply, StringComparison.Ordinal);
        Assert.Contains("0902543110" + "0D60", reply, StringComparison.Ordinal);
        Assert.Equal(0.3424m, meter.Meter.Snapshot().UnitChargeActive.PriceOf(1));
    }

    [Fact]
    public async Task PriceOverSixteenBitsIsRejected()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync();
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);
        var before = meter.Meter.Snapshot().UnitChargeActive;

        // 4.25 at price scale -4 is 42500: as a long-unsigned it is the wrong type, wrapped into a long it is negative.
        var unsigned = await client.TrySetAsync(new AttributeReference(Obis.Attribute("charge", 5)), UnitCharge(-4, new LongUnsignedData(42_500), new LongData(0)));
        var wrapped = await client.TrySetAsync(new AttributeReference(Obis.Attribute("charge", 5)), UnitCharge(-4, new LongData(unchecked((short)42_500)), new LongData(0)));
        var unchanged = meter.Meter.Snapshot().UnitChargeActive;
        var coarser = await client.TrySetAsync(new AttributeReference(Obis.Attribute("charge", 5)), UnitCharge(-3, new LongData(4_250), new LongData(0)));

        Assert.Equal(DataAccessResult.TypeUnmatched, unsigned);
        Assert.Equal(DataAccessResult.OtherReason, wrapped);
        Assert.Equal(before, unchanged);
        Assert.Equal(DataAccessResult.Success, coarser);
        Assert.Equal(4.25m, meter.Meter.Snapshot().UnitChargeActive.PriceOf(1));
    }

    [Fact]
    public async Task PassivePricesActivateByMethod()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync();
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);
        var activeBefore = await client.GetAsync(Obis.Attribute("charge", 5));

        var rows = new ArrayData(new StructureData(new OctetStringData(Encoding.ASCII.GetBytes("T2")), new LongData(1_234)));
        await client.ActionAsync(Obis.Method("charge", 1), rows);
        var passive = (StructureData)await client.GetAsync(Obis.Attribute("charge", 6));
        var activeAfterUpdate = await client.GetAsync(Obis.Attribute("charge", 5));
        await client.ActionAsync(Obis.Method("charge", 2), new IntegerData(0));
        var activeAfterActivation = await client.GetAsync(Obis.Attribute("charge", 5));
        var badIndex = await client.TryActionAsync(Obis.Method("charge", 1), new ArrayData(new StructureData(new OctetStringData("T9"u8.ToArray()), new LongData(1))));

        Assert.Equal(new StructureData(new OctetStringData("T2"u8.ToArray()), new LongData(1_234)), ((ArrayData)passive[2])[1]);
        Assert.Equal(activeBefore, activeAfterUpdate);
        Assert.Equal(passive, activeAfterActivation);
        Assert.Equal(ActionResult.OtherReason, badIndex.Result);
    }

    [Fact]
    public async Task ActivationTimeAppliesPassivePrices()
    {
        var (fleet, meter, time) = await TestFleets.StartOneAsync(stepSeconds: 60);
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);

        await client.SetAsync(Obis.Attribute("charge", 6), UnitCharge(-3, new LongData(5_000), new LongData(2_500)));
        var noneYet = await client.GetAsync(Obis.Attribute("charge", 7));

        // Monday 2 March 2026 06:00 UTC (deviation 0, status 0).
        await client.SetAsync(Obis.Attribute("charge", 7), new OctetStringData(Hex.Parse("07EA 03 02 01 06 00 00 00 0000 00")));
        time.Advance(TimeSpan.FromHours(7));
        var active = (StructureData)await client.GetAsync(Obis.Attribute("charge", 5));

        Assert.Equal(new OctetStringData(Enumerable.Repeat((byte)0xFF, 12).ToArray()), noneYet);
        Assert.Equal(new LongData(5_000), ((StructureData)((ArrayData)active[2])[0])[1]);
        Assert.Equal(new OctetStringData(Enumerable.Repeat((byte)0xFF, 12).ToArray()), await client.GetAsync(Obis.Attribute("charge", 7)));
    }
}
