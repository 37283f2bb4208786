using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Simulator.Behaviour;
using OpenPrepaid.Simulator.Tests.Support;

namespace OpenPrepaid.Simulator.Tests.Cosem;

/// <summary>Consumption and billing over simulated days, read over DLMS, exact to the minor unit.</summary>
public class BillingTests
{
    [Fact]
    public async Task FractionalSlotsAreNotRoundedEach()
    {
        // 48 half-hour slots of 0.03 kWh (60 W) at 0.2642 per kWh: 1.44 kWh cost 0.380448, so 10.00 becomes
        // 9.62 (962 minor units), not the 9.52 that rounding each slot's 0.7926 up to 1 would give.
        var (fleet, meter, time) = await TestFleets.StartOneAsync(
            plan => plan with { InitialBalance = 1_000, Load = LoadProfile.Constant(60), TariffSchedule = TariffSchedule.Single() },
            stepSeconds: 60);
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);
        await client.SetAsync(Obis.Attribute("charge", 5), new StructureData(
            new StructureData(new IntegerData(3), new IntegerData(-4)),
            new StructureData(new LongUnsignedData(3), new OctetStringData([1, 0, 1, 8, 0, 255]), new IntegerData(2)),
            new ArrayData(new StructureData(new OctetStringData("T1"u8.ToArray()), new LongData(2_642)))));

        var balances = new List<int>();
        for (var slot = 0; slot < 48; slot++)
        {
            time.Advance(TimeSpan.FromMinutes(30));
            balances.Add(((DoubleLongData)await client.GetAsync(Obis.Attribute("account", 5))).Value);
        }

        var energy = await client.GetAsync(Obis.Attribute("energy-import-tariff-1", 2));
        var paid = await client.GetAsync(Obis.Attribute("charge", 2));

        Assert.Equal(962, balances[^1]);
        Assert.Equal(9.62m, MoneyScaling.ToDecimal(balances[^1], -2));
        Assert.Equal(new DoubleLongUnsignedData(1_440), energy);
        Assert.Equal(new DoubleLongData(38), paid);

        // Slot n has cost n × 0.7926 minor units in all; the balance shows the whole units collected so far.
        for (var slot = 1; slot <= 48; slot++)
        {
            Assert.Equal(1_000 - (int)decimal.Floor(slot * 0.7926m), balances[slot - 1]);
        }
    }

    [Fact]
    public async Task ThreeDaysBillExactlyPerTariff()
    {
        // 1 kW day and night: tariff 1 from 07:00 to 23:00 at 4.320 per kWh, tariff 2 the rest at 2.160 per kWh.
        var (fleet, meter, time) = await TestFleets.StartOneAsync(
            plan => plan with { InitialBalance = 100_000, Load = LoadProfile.Constant(1_000) },
            stepSeconds: 60);
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);

        // Monday 00:00 to Tuesday 07:30: 16.5 h of tariff 1 (71.28) and 15 h of tariff 2 (32.40).
        time.Advance(TimeSpan.FromHours(31.5));
        var partial = await ReadBillingAsync(client);
        time.Advance(TimeSpan.FromHours(72 - 31.5));
        var threeDays = await ReadBillingAsync(client);

        Assert.Equal(new Billing(100_000 - 7_128 - 3_240, 10_368, 7_128, 3_240, 16_500, 15_000, 31_500), partial);
        Assert.Equal(new Billing(100_000 - 25_920, 25_920, 20_736, 5_184, 48_000, 24_000, 72_000), threeDays);
        Assert.Equal(new DoubleLongUnsignedData(48_000), await client.GetAsync(Obis.Attribute("prepaid-energy-tariff-1", 2)));
        Assert.Equal(new DoubleLongUnsignedData(24_000), await client.GetAsync(Obis.Attribute("prepaid-energy-tariff-2", 2)));
    }

    [Fact]
    public async Task CreditPaymentModeChargesNothing()
    {
        var (fleet, meter, time) = await TestFleets.StartOneAsync(
            plan => plan with { InitialBalance = 5_000, Load = LoadProfile.Constant(1_000) },
            stepSeconds: 60);
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);

        await client.SetAsync(Obis.Attribute("account", 2), new StructureData(new EnumData((byte)PaymentMode.Credit), new EnumData((byte)AccountStatus.Active)));
        time.Advance(TimeSpan.FromHours(10));
        var invalid = await client.TrySetAsync(new AttributeReference(Obis.Attribute("account", 2)), new StructureData(new EnumData(9), new EnumData(2)));

        Assert.Equal(new DoubleLongData(5_000), await client.GetAsync(Obis.Attribute("account", 5)));
        Assert.Equal(new DoubleLongUnsignedData(10_000), await client.GetAsync(Obis.Attribute("energy-import-total", 2)));
        Assert.Equal(new DoubleLongUnsignedData(0), await client.GetAsync(Obis.Attribute("prepaid-energy-tariff-2", 2)));
        Assert.Equal(DataAccessResult.OtherReason, invalid);
    }

    private static async Task<Billing> ReadBillingAsync(Dlms.Client.DlmsClient client)
    {
        var results = await client.GetListAsync([
            new AttributeReference(Obis.Attribute("account", 5)),
            new AttributeReference(Obis.Attribute("charge", 2)),
            new AttributeReference(Obis.Attribute("money-collected-tariff-1", 2)),
            new AttributeReference(Obis.Attribute("money-collected-tariff-2", 2)),
            new AttributeReference(Obis.Attribute("energy-import-tariff-1", 2)),
            new AttributeReference(Obis.Attribute("energy-import-tariff-2", 2)),
            new AttributeReference(Obis.Attribute("energy-import-total", 2)),
        ]);
        var values = results.Select(result => (long)result.Data!.GetInteger()).ToArray();
        return new Billing(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
    }

    private sealed record Billing(long Balance, long TotalPaid, long PaidTariff1, long PaidTariff2, long EnergyTariff1, long EnergyTariff2, long EnergyTotal);
}
