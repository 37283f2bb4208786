using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Simulator.Behaviour;
using OpenPrepaid.Simulator.Tests.Support;

namespace OpenPrepaid.Simulator.Tests.Cosem;

/// <summary>Disconnect control and Limiter over DLMS: the relay per control mode, lack of credit, weekends and the power limit.</summary>
public class RelayTests
{
    private const string RemoteDisconnect = "C3 01 C1 00 46 00 00 60 03 0A FF 01 01 0F 00";
    private const string RemoteReconnect = "C3 01 C1 00 46 00 00 60 03 0A FF 02 01 0F 00";
    private const string GetOutputState = "C0 01 C1 00 46 00 00 60 03 0A FF 02 00";
    private const string GetControlState = "C0 01 C1 00 46 00 00 60 03 0A FF 03 00";

    [Theory]
    [InlineData(1, "C401C1000300", "C401C1001602")]
    [InlineData(2, "C401C1000301", "C401C1001601")]
    [InlineData(3, "C401C1000300", "C401C1001602")]
    [InlineData(4, "C401C1000301", "C401C1001601")]
    [InlineData(5, "C401C1000300", "C401C1001602")]
    [InlineData(6, "C401C1000300", "C401C1001602")]
    public async Task RemoteReconnectFollowsControlMode(byte mode, string outputState, string controlState)
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync(plan => plan with { ControlMode = mode, InitialBalance = 100_000 });
        await using var _fleet = fleet;
        await using var session = await RawWrapperSession.OpenManagementAsync(meter);

        var disconnect = await session.ExchangeAsync(Hex.Parse(RemoteDisconnect));
        var reconnect = await session.ExchangeAsync(Hex.Parse(RemoteReconnect));

        Assert.Equal("C701C10000", Hex.Format(disconnect));
        Assert.Equal("C701C10000", Hex.Format(reconnect));
        Assert.Equal(outputState, Hex.Format(await session.ExchangeAsync(Hex.Parse(GetOutputState))));
        Assert.Equal(controlState, Hex.Format(await session.ExchangeAsync(Hex.Parse(GetControlState))));
    }

    [Fact]
    public async Task ModeZeroRejectsRemoteDisconnect()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync(plan => plan with { ControlMode = 0 });
        await using var _fleet = fleet;
        await using var session = await RawWrapperSession.OpenManagementAsync(meter);

        var disconnect = await session.ExchangeAsync(Hex.Parse(RemoteDisconnect));

        // Action-Result 250, other-reason: mode 0 is always connected.
        Assert.Equal("C701C1FA00", Hex.Format(disconnect));
        Assert.Equal("C401C1000301", Hex.Format(await session.ExchangeAsync(Hex.Parse(GetOutputState))));
    }

    [Fact]
    public async Task LackOfCreditOpensAndTopUpRecloses()
    {
        // 1 kW at 4.32 UAH/kWh (tariff 1 from 07:00) costs 0.072 UAH a minute: 1.00 UAH lasts 14 minutes.
        var (fleet, meter, time) = await TestFleets.StartOneAsync(
            plan => plan with { InitialBalance = 100, Load = LoadProfile.Constant(1_000), TariffSchedule = TariffSchedule.Single() });
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);

        time.Advance(TimeSpan.FromMinutes(13));
        var before = await client.GetAsync(Obis.Attribute("disconnect-control", 2));
        time.Advance(TimeSpan.FromMinutes(2));
        var output = await client.GetAsync(Obis.Attribute("disconnect-control", 2));
        var state = await client.GetAsync(Obis.Attribute("disconnect-control", 3));
        var status = await client.GetAsync(Obis.Attribute("account", 4));
        var power = await client.GetAsync(Obis.Attribute("active-power-import", 2));
        await client.ActionAsync(Obis.Method("token-gateway", 1), new OctetStringData(TokenGatewayTests.Token(meter, 1, 10_000)));
        var reclosed = await client.GetAsync(Obis.Attribute("disconnect-control", 2));

        Assert.Equal(new BooleanData(true), before);
        Assert.Equal(new BooleanData(false), output);
        Assert.Equal(new EnumData((byte)ControlState.ReadyForReconnection), state);
        Assert.Equal(new BitStringData([CreditStatusBits.ToBitStringByte(CreditStatus.OutOfCredit | CreditStatus.LowCredit)], 8), status);
        Assert.Equal(new DoubleLongUnsignedData(0), power);
        Assert.Equal(new BooleanData(true), reclosed);
    }

    [Fact]
    public async Task SaturdayExemptionKeepsRelayClosed()
    {
        // Friday 6 March 2026, 22:00 UTC, with 2.00 UAH left at 1 kW and 4.32 UAH/kWh: it runs out before midnight.
        var friday = TestFleets.Monday.AddDays(4).AddHours(22);
        var (fleet, meter, time) = await TestFleets.StartOneAsync(
            plan => plan with { InitialBalance = 200, Load = LoadProfile.Constant(1_000), TariffSchedule = TariffSchedule.Single() },
            friday,
            stepSeconds: 60);
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);

        await client.SetAsync(Obis.Attribute("no-switch-off-saturday", 2), new BooleanData(true));
        time.Advance(TimeSpan.FromMinutes(90));
        var fridayNight = await client.GetAsync(Obis.Attribute("disconnect-control", 2));
        time.Advance(TimeSpan.FromHours(12));
        var saturdayNoon = await client.GetAsync(Obis.Attribute("disconnect-control", 2));
        var balance = (DoubleLongData)await client.GetAsync(Obis.Attribute("account", 5));
        time.Advance(TimeSpan.FromHours(24));
        var sundayNoon = await client.GetAsync(Obis.Attribute("disconnect-control", 2));

        Assert.Equal(new BooleanData(false), fridayNight);
        Assert.Equal(new BooleanData(true), saturdayNoon);
        Assert.True(balance.Value < 0, $"balance {balance.Value}");
        Assert.Equal(new BooleanData(false), sundayNoon);
        Assert.Equal(new BooleanData(true), await client.GetAsync(Obis.Attribute("no-switch-off-saturday", 2)));
    }

    [Fact]
    public async Task PowerLimitOpensRelay()
    {
        var (fleet, meter, time) = await TestFleets.StartOneAsync(plan => plan with { InitialBalance = 1_000_000, Load = LoadProfile.Constant(2_500) });
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);

        await client.SetAsync(Obis.Attribute("limiter", 3), new DoubleLongUnsignedData(2_000));
        await client.SetAsync(Obis.Attribute("limiter", 6), new DoubleLongUnsignedData(30));
        time.Advance(TimeSpan.FromSeconds(20));
        var drawing = await client.GetAsync(Obis.Attribute("active-power-import", 2));
        time.Advance(TimeSpan.FromSeconds(20));
        var output = await client.GetAsync(Obis.Attribute("disconnect-control", 2));
        var power = await client.GetAsync(Obis.Attribute("active-power-import", 2));

        Assert.Equal(new DoubleLongUnsignedData(2_500), drawing);
        Assert.Equal(new BooleanData(false), output);
        Assert.Equal(new DoubleLongUnsignedData(0), power);
        Assert.Equal(new DoubleLongUnsignedData(2_000), await client.GetAsync(Obis.Attribute("limiter", 4)));
        Assert.Equal(
            new StructureData(new LongUnsignedData(3), new OctetStringData([1, 0, 1, 7, 0, 255]), new IntegerData(2)),
            await client.GetAsync(Obis.Attribute("limiter", 2)));
    }
}
