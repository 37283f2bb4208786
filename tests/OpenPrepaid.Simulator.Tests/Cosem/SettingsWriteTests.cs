using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Simulator.Tests.Support;

namespace OpenPrepaid.Simulator.Tests.Cosem;

/// <summary>Settings written by the management client: values that apply, wrong types and values out of range.</summary>
public class SettingsWriteTests
{
    public static TheoryData<string, int, DlmsData> Writes => new()
    {
        { "credit", 5, new DoubleLongData(7_500) },
        { "credit", 6, new DoubleLongData(-2_000) },
        { "max-credit-limit", 2, new DoubleLongData(900_000_000) },
        { "max-vend-limit", 2, new DoubleLongData(100_000) },
        { "minimum-balance", 2, new DoubleLongData(-50_000) },
        { "disconnect-control", 4, new EnumData(4) },
        { "limiter", 3, new DoubleLongUnsignedData(5_500) },
        { "limiter", 7, new DoubleLongUnsignedData(120) },
        { "never-switch-off", 2, new BooleanData(true) },
        { "no-switch-off-sunday", 2, new BooleanData(true) },
        { "ambient-temperature", 2, new LongData(-125) },
        { "display-parameters", 2, new StructureData(new BitStringData([0xFF, 0xF0], 16), new UnsignedData(60), new UnsignedData(3)) },
        { "account", 2, new StructureData(new EnumData(2), new EnumData(3)) },
    };

    public static TheoryData<string, int, DlmsData, DataAccessResult> Refusals => new()
    {
        { "credit", 6, new LongUnsignedData(5), DataAccessResult.TypeUnmatched },
        { "display-parameters", 2, new StructureData(new BitStringData([0x80, 0x00], 16), new UnsignedData(5)), DataAccessResult.TypeUnmatched },
        { "display-parameters", 2, new StructureData(new BitStringData([0x80, 0x00], 16), new UnsignedData(0), new UnsignedData(1)), DataAccessResult.OtherReason },
        { "display-parameters", 2, new StructureData(new BitStringData([0x00, 0x08], 16), new UnsignedData(5), new UnsignedData(1)), DataAccessResult.OtherReason },
        { "disconnect-control", 4, new EnumData(9), DataAccessResult.OtherReason },
        { "max-vend-limit", 2, new DoubleLongData(0), DataAccessResult.OtherReason },
        { "ambient-temperature", 2, new LongData(1_000), DataAccessResult.OtherReason },
        { "top-up-key", 2, new OctetStringData(new byte[16]), DataAccessResult.TypeUnmatched },
        { "account", 5, new DoubleLongData(1_000_000), DataAccessResult.ReadWriteDenied },
        { "energy-import-total", 2, new DoubleLongUnsignedData(0), DataAccessResult.ReadWriteDenied },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task WrittenSettingReadsBack(string key, int attribute, DlmsData value)
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync(plan => plan with { InitialBalance = 100_000 });
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);

        await client.SetAsync(Obis.Attribute(key, attribute), value);

        Assert.Equal(value, await client.GetAsync(Obis.Attribute(key, attribute)));
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task RefusedWriteChangesNothing(string key, int attribute, DlmsData value, DataAccessResult expected)
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync();
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);
        var before = meter.Meter.Snapshot();

        var result = await client.TrySetAsync(new AttributeReference(Obis.Attribute(key, attribute)), value);

        Assert.Equal(expected, result);
        Assert.Equal(before with { }, meter.Meter.Snapshot() with
        {
            SimulatedAt = before.SimulatedAt,
            MeterTime = before.MeterTime,
            InternalTemperatureTenths = before.InternalTemperatureTenths,
            AmbientTemperatureTenths = before.AmbientTemperatureTenths,
            EnergyPerTariffWh = before.EnergyPerTariffWh,
            MoneyCollectedPerTariff = before.MoneyCollectedPerTariff,
            PrepaidEnergyPerTariffWh = before.PrepaidEnergyPerTariffWh,
            PendingChargePerTariff = before.PendingChargePerTariff,
        });
    }

    [Fact]
    public async Task DisplayItemsKeepBitOrder()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync();
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);

        // Bit 0 (balance) is the top bit of the first byte, bit 9 (relay state) the second bit of the second.
        await client.SetAsync(Obis.Attribute("display-parameters", 2), new StructureData(new BitStringData([0x80, 0x40], 16), new UnsignedData(10), new UnsignedData(2)));

        Assert.Equal(new DisplayParameters(DisplayItems.Balance | DisplayItems.RelayState, 10, 2), meter.Meter.Snapshot().Display);
    }
}
