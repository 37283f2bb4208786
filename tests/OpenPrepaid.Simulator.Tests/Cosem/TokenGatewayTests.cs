using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Client;
using OpenPrepaid.Dlms.Server.Hosting;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Meters.Tokens;
using OpenPrepaid.Simulator.Behaviour;
using OpenPrepaid.Simulator.Cosem;
using OpenPrepaid.Simulator.Fleet;
using OpenPrepaid.Simulator.Tests.Support;

namespace OpenPrepaid.Simulator.Tests.Cosem;

/// <summary>Top-up tokens through Token gateway enter and token_status, read over DLMS.</summary>
public class TokenGatewayTests
{
    private const long StartBalance = 100_000;

    [Fact]
    public async Task VisibleStringTokenIsTypeUnmatched()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync();
        await using var _fleet = fleet;
        await using var session = await RawWrapperSession.OpenManagementAsync(meter);

        // The 20 digits 01234567890123456789 as a visible-string instead of an octet-string.
        var reply = await session.ExchangeAsync(Hex.Parse("C3 01 C1 00 73 00 00 13 28 00 FF 01 01 0A 14 30 31 32 33 34 35 36 37 38 39 30 31 32 33 34 35 36 37 38 39"));

        Assert.Equal("C701C10C00", Hex.Format(reply));
        Assert.Equal(TokenStatus.NoneEntered, meter.Meter.Snapshot().TokenStatus);
    }

    [Fact]
    public async Task GoodTokenSucceedsAndStatusReadsExecuted()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync(plan => plan with { InitialBalance = StartBalance });
        await using var _fleet = fleet;
        await using var session = await RawWrapperSession.OpenManagementAsync(meter);
        var token = Token(meter, sequence: 1, amount: 25_000);

        var request = Hex.Parse("C3 01 C1 00 73 00 00 13 28 00 FF 01 01 09").Concat(new[] { (byte)token.Length }).Concat(token).ToArray();
        var enter = await session.ExchangeAsync(request);
        var status = await session.ExchangeAsync(Hex.Parse("C0 01 C1 00 73 00 00 13 28 00 FF 06 00"));

        Assert.Equal("C701C10000", Hex.Format(enter));
        Assert.Equal("C401C100020216030400", Hex.Format(status));
        Assert.Equal(StartBalance + 25_000, meter.Meter.Snapshot().Balance);
    }

    [Fact]
    public async Task BcdDigitsSucceedButStatusReportsFormatFailure()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync(plan => plan with { InitialBalance = StartBalance });
        await using var _fleet = fleet;
        await using var session = await RawWrapperSession.OpenManagementAsync(meter);

        // 20 digits packed two per byte fit the octet-string type but not this meter's token layout: byte 1
        // (0x23) claims a serial of 35 characters, more than 32 (reason bit 3, status 4 format failure).
        var enter = await session.ExchangeAsync(Hex.Parse("C3 01 C1 00 73 00 00 13 28 00 FF 01 01 09 0A 01 23 45 67 89 01 23 45 67 89"));
        var status = await session.ExchangeAsync(Hex.Parse("C0 01 C1 00 73 00 00 13 28 00 FF 06 00"));

        Assert.Equal("C701C10000", Hex.Format(enter));
        Assert.Equal("C401C10002021604041010" + "00", Hex.Format(status));
        Assert.Equal(StartBalance, meter.Meter.Snapshot().Balance);
    }

    public static TheoryData<string, TokenStatusCode, TokenFailureReasons> Rejections => new()
    {
        { "bad MAC", TokenStatusCode.AuthenticationFailure, TokenFailureReasons.MacMismatch },
        { "other meter", TokenStatusCode.ValidationFailure, TokenFailureReasons.WrongSerial },
        { "old sequence", TokenStatusCode.ValidationFailure, TokenFailureReasons.SequenceNotRising },
        { "zero amount", TokenStatusCode.ValidationFailure, TokenFailureReasons.ZeroAmount },
        { "above max credit", TokenStatusCode.TokenExecutionFailure, TokenFailureReasons.AboveMaxCreditLimit },
        { "above max vend", TokenStatusCode.TokenExecutionFailure, TokenFailureReasons.AboveMaxVendLimit },
        { "below minimum balance", TokenStatusCode.TokenExecutionFailure, TokenFailureReasons.BelowMinimumBalance },
        { "truncated", TokenStatusCode.FormatFailure, TokenFailureReasons.Truncated },
        { "trailing bytes", TokenStatusCode.FormatFailure, TokenFailureReasons.TrailingBytes },
        { "unknown version", TokenStatusCode.FormatFailure, TokenFailureReasons.UnsupportedVersion },
        { "serial not printable", TokenStatusCode.FormatFailure, TokenFailureReasons.InvalidSerialField },
        { "issue time after 9999", TokenStatusCode.FormatFailure, TokenFailureReasons.InvalidIssueTime },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task RejectedTokenIsReportedInTokenStatus(string reason, TokenStatusCode code, TokenFailureReasons bits)
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync(plan => plan with { InitialBalance = StartBalance });
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);
        var balance = await PrepareAsync(client, meter, reason);
        var token = RejectedToken(meter, reason);

        await client.ActionAsync(Obis.Method("token-gateway", 1), new OctetStringData(token));
        var status = (StructureData)await client.GetAsync(Obis.Attribute("token-gateway", 6));

        Assert.Equal(new EnumData((byte)code), status[0]);
        Assert.Equal(new BitStringData(BitStrings.ToMsbFirst((ushort)bits, 16), 16), status[1]);
        Assert.Equal(new DoubleLongData((int)balance), await client.GetAsync(Obis.Attribute("account", 5)));
        Assert.Equal(new OctetStringData(token), await client.GetAsync(Obis.Attribute("token-gateway", 2)));
    }

    [Fact]
    public async Task MeterWithoutKeyTakesNoTokens()
    {
        var device = SimulatedMeterDevice.Create(new SimulatedMeterDeviceOptions
        {
            Meter = new SimulatedMeterOptions { SerialNumber = "SIM70001", InitialBalance = StartBalance },
            Password = "no-key-yet",
        });
        await using var host = new TcpWrapperHost(device.Device);
        await host.StartAsync(CancellationToken.None);
        var meter = new FleetFileEntry("SIM70001", "m", "127.0.0.1", host.Port, null, 1, "no-key-yet", string.Empty);
        await using var client = await OpenAsync(meter);
        var key = Enumerable.Range(1, 32).Select(value => (byte)value).ToArray();
        var token = TokenCodec.Build(new TopUpToken("SIM70001", 1, 1_000, TestFleets.Monday), key);

        await client.ActionAsync(Obis.Method("token-gateway", 1), new OctetStringData(token));
        var refused = (StructureData)await client.GetAsync(Obis.Attribute("token-gateway", 6));
        await client.SetAsync(Obis.Attribute("top-up-key", 2), new OctetStringData(key));
        await client.ActionAsync(Obis.Method("token-gateway", 1), new OctetStringData(TokenCodec.Build(new TopUpToken("SIM70001", 2, 1_000, TestFleets.Monday), key)));
        var applied = (StructureData)await client.GetAsync(Obis.Attribute("token-gateway", 6));

        Assert.Equal(new EnumData((byte)TokenStatusCode.TokenExecutionFailure), refused[0]);
        Assert.Equal(new BitStringData(BitStrings.ToMsbFirst((ushort)TokenFailureReasons.TokensNotAccepted, 16), 16), refused[1]);
        Assert.Equal(new EnumData((byte)TokenStatusCode.TokenExecutionOk), applied[0]);
        Assert.Equal(new DoubleLongData((int)StartBalance + 1_000), await client.GetAsync(Obis.Attribute("credit", 2)));
    }

    [Fact]
    public async Task ReplayedTokenAddsOnce()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync(plan => plan with { InitialBalance = StartBalance });
        await using var _fleet = fleet;
        var token = new OctetStringData(Token(meter, sequence: 7, amount: 12_345));

        await using (var first = await MeterClients.OpenAsync(meter))
        {
            await first.ActionAsync(Obis.Method("token-gateway", 1), token);
            await first.ActionAsync(Obis.Method("token-gateway", 1), token);
        }

        // A retry on a new connection, as after a lost reply.
        await using var second = await MeterClients.OpenAsync(meter);
        await second.ActionAsync(Obis.Method("token-gateway", 1), token);
        var status = (StructureData)await second.GetAsync(Obis.Attribute("token-gateway", 6));

        Assert.Equal(new DoubleLongData((int)StartBalance + 12_345), await second.GetAsync(Obis.Attribute("account", 5)));
        Assert.Equal(new EnumData((byte)TokenStatusCode.TokenExecutionOk), status[0]);
        Assert.Equal(new DoubleLongUnsignedData(7), await second.GetAsync(Obis.Attribute("last-token-sequence", 2)));
        Assert.Equal(new DoubleLongData(12_345), await second.GetAsync(Obis.Attribute("last-top-up", 2)));
    }

    [Fact]
    public async Task UpdateAmountAddsWithinLimits()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync(plan => plan with { InitialBalance = StartBalance });
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);

        var applied = await client.TryActionAsync(Obis.Method("credit", 1), new DoubleLongData(-2_500));
        var belowFloor = await client.TryActionAsync(Obis.Method("credit", 1), new DoubleLongData(-20_000_000));
        var wrongType = await client.TryActionAsync(Obis.Method("credit", 1), new LongData(100));

        Assert.Equal(ActionResult.Success, applied.Result);
        Assert.Equal(ActionResult.OtherReason, belowFloor.Result);
        Assert.Equal(ActionResult.TypeUnmatched, wrongType.Result);
        Assert.Equal(new DoubleLongData((int)StartBalance - 2_500), await client.GetAsync(Obis.Attribute("credit", 2)));
    }

    internal static byte[] Token(FleetMeter meter, uint sequence, long amount) =>
        TokenCodec.Build(new TopUpToken(meter.SerialNumber, sequence, amount, TestFleets.Monday), meter.TopUpKey.Span);

    private static async Task<long> PrepareAsync(DlmsClient client, FleetMeter meter, string reason)
    {
        switch (reason)
        {
            case "old sequence":
                await client.ActionAsync(Obis.Method("token-gateway", 1), new OctetStringData(Token(meter, sequence: 5, amount: 1_000)));
                return StartBalance + 1_000;
            case "above max credit":
                await client.SetAsync(Obis.Attribute("max-credit-limit", 2), new DoubleLongData(150_000));
                return StartBalance;
            case "below minimum balance":
                await client.SetAsync(Obis.Attribute("minimum-balance", 2), new DoubleLongData(0));
                return StartBalance;
            default:
                return StartBalance;
        }
    }

    private static byte[] RejectedToken(FleetMeter meter, string reason)
    {
        var key = meter.TopUpKey.Span;
        return reason switch
        {
            "bad MAC" => TokenCodec.Build(new TopUpToken(meter.SerialNumber, 1, 1_000, TestFleets.Monday), new byte[32]),
            "other meter" => TokenCodec.Build(new TopUpToken("SIM99999", 1, 1_000, TestFleets.Monday), key),
            "old sequence" => Token(meter, sequence: 3, amount: 1_000),
            "zero amount" => Token(meter, sequence: 1, amount: 0),
            "above max credit" => Token(meter, sequence: 1, amount: 50_001),
            "above max vend" => Token(meter, sequence: 1, amount: 500_000_001),
            "below minimum balance" => Token(meter, sequence: 1, amount: -(StartBalance + 1)),
            "truncated" => Token(meter, sequence: 1, amount: 1_000)[..^1],
            "trailing bytes" => [.. Token(meter, sequence: 1, amount: 1_000), 0x00],
            "unknown version" => [0x02, .. Token(meter, sequence: 1, amount: 1_000)[1..]],
            "serial not printable" => WithByte(Token(meter, sequence: 1, amount: 1_000), 2, 0x07),

            // The issue time is the int64 at offset 14 + serial length: int64.MaxValue seconds is far past 9999.
            "issue time after 9999" => WithByte(Token(meter, sequence: 1, amount: 1_000), 14 + meter.SerialNumber.Length, 0x7F),
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
        };
    }

    private static byte[] WithByte(byte[] token, int offset, byte value)
    {
        token[offset] = value;
        return token;
    }

    private static async Task<DlmsClient> OpenAsync(FleetFileEntry entry)
    {
        var channel = await Dlms.Transport.TcpConnector.ConnectAsync(entry.Host, entry.Port, MeterClients.ConnectTimeout, CancellationToken.None);
        var client = new DlmsClient(
            new Dlms.Transport.WrapperTransport(channel, new Dlms.Transport.WrapperTransportSettings { ClientPort = 1 }, ownsChannel: true),
            new DlmsClientOptions { Authentication = Dlms.Acse.AuthenticationMechanism.Low, Password = System.Text.Encoding.ASCII.GetBytes(entry.Password) });
        await client.AssociateAsync();
        return client;
    }
}
