using System.Diagnostics;
using System.Net.Sockets;
using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Client;
using OpenPrepaid.Dlms.Transport;
using OpenPrepaid.Simulator.Faults;
using OpenPrepaid.Simulator.Fleet;
using OpenPrepaid.Simulator.Tests.Cosem;
using OpenPrepaid.Simulator.Tests.Support;

namespace OpenPrepaid.Simulator.Tests.Faults;

/// <summary>Each injected fault as a real client sees it, over the wrapper and over HDLC.</summary>
public class FaultInjectionTests
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(20);

    [Fact]
    public async Task NoAnswerTimesOutThenMeterServes()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync();
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter, responseTimeout: ShortTimeout);
        meter.Faults.Add(new FaultRule(FaultKind.NoAnswer, 1));
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<DlmsTimeoutException>(() => client.GetAsync(Obis.Attribute("serial-number", 2)));
        var elapsed = watch.Elapsed;
        await using var retry = await MeterClients.OpenAsync(meter);

        Assert.Equal(ShortTimeout, error.Timeout);
        // Timers may fire a millisecond or two before the stopwatch agrees.
        Assert.InRange(elapsed, ShortTimeout - Tolerance, TimeSpan.FromSeconds(3));
        Assert.True(client.IsBroken);
        Assert.Equal(new VisibleStringData(meter.SerialNumber), await retry.GetAsync(Obis.Attribute("serial-number", 2)));
        Assert.Equal(1, meter.Faults.Injected);
    }

    [Fact]
    public async Task CloseBeforeApplyLeavesMeterUnchanged()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync();
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);
        meter.Faults.Add(new FaultRule(FaultKind.CloseBeforeApply));

        var error = await Assert.ThrowsAnyAsync<DlmsTransportException>(() => client.SetAsync(Obis.Attribute("credit", 6), new DoubleLongData(-500)));

        Assert.IsNotType<DlmsTimeoutException>(error);
        Assert.Equal(0, meter.Meter.Snapshot().CreditLimit);
    }

    [Fact]
    public async Task CloseAfterApplyKeepsTokenAppliedOnce()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync(plan => plan with { InitialBalance = 10_000 });
        await using var _fleet = fleet;
        var token = new OctetStringData(TokenGatewayTests.Token(meter, 1, 5_000));

        // The third request of a top-up (AARQ, read of the balance, ACTION enter) is applied and then lost.
        fleet.ApplyFaults(FaultPlan.Parse($"{meter.SerialNumber}=close-after@2"));
        await using (var client = await MeterClients.OpenAsync(meter))
        {
            var before = await client.GetAsync(Obis.Attribute("account", 5));
            var error = await Assert.ThrowsAnyAsync<DlmsTransportException>(() => client.ActionAsync(Obis.Method("token-gateway", 1), token));
            Assert.IsNotType<DlmsTimeoutException>(error);
            Assert.Equal(new DoubleLongData(10_000), before);
        }

        // The outcome was unknown to the client: a read settles it, and sending the same token again is harmless.
        await using var retry = await MeterClients.OpenAsync(meter);
        var afterLoss = await retry.GetAsync(Obis.Attribute("account", 5));
        await retry.ActionAsync(Obis.Method("token-gateway", 1), token);

        Assert.Equal(new DoubleLongData(15_000), afterLoss);
        Assert.Equal(new DoubleLongData(15_000), await retry.GetAsync(Obis.Attribute("account", 5)));
    }

    [Fact]
    public async Task CorruptAnswerOverWrapperIsProtocolError()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync();
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);
        meter.Faults.Add(new FaultRule(FaultKind.CorruptAnswer));

        await Assert.ThrowsAsync<DlmsProtocolException>(() => client.GetAsync(Obis.Attribute("serial-number", 2)));

        Assert.True(client.IsBroken);
    }

    [Fact]
    public async Task DelayedAnswerArrivesLate()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync();
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);
        meter.Faults.Add(FaultRule.Slow(TimeSpan.FromMilliseconds(250), times: 1));
        var watch = Stopwatch.StartNew();

        var serial = await client.GetAsync(Obis.Attribute("serial-number", 2));
        var delayed = watch.Elapsed;
        watch.Restart();
        await client.GetAsync(Obis.Attribute("serial-number", 2));

        Assert.Equal(new VisibleStringData(meter.SerialNumber), serial);
        Assert.InRange(delayed, TimeSpan.FromMilliseconds(250) - Tolerance, TimeSpan.FromSeconds(3));
        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(250), $"the second read took {watch.Elapsed}");
    }

    [Fact]
    public async Task TrickledAnswerStillCompletes()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync();
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter);
        meter.Faults.Add(new FaultRule(FaultKind.TrickleAnswer, 1, TimeSpan.FromMilliseconds(5)));
        var watch = Stopwatch.StartNew();

        var serial = await client.GetAsync(Obis.Attribute("serial-number", 2));

        // 8 bytes of wrapper header and 14 of APDU (C4 01 C1 00 0A 08 "SIMnnnnn"), 5 ms apart.
        Assert.Equal(new VisibleStringData(meter.SerialNumber), serial);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(21 * 5) - Tolerance, TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task CorruptFcsIsCountedAndRecovered()
    {
        await using var fleet = await TestFleets.StartAsync(TestFleets.Options(TimeProvider.System) with { MetersPerLine = 1 });
        var meter = fleet.Meters[0];
        await using var line = await MeterClients.ConnectAsync(meter);
        var transport = new HdlcTransport(line, new HdlcTransportSettings { ClientAddress = 1, ServerLowerAddress = meter.HdlcAddress, ResponseTimeout = ShortTimeout });
        await using var client = new DlmsClient(transport, MeterClients.Options(meter, MeterClients.Management));
        await client.AssociateAsync();
        meter.Faults.Add(new FaultRule(FaultKind.CorruptAnswer));

        var serial = await client.GetAsync(Obis.Attribute("serial-number", 2));

        Assert.Equal(new VisibleStringData(meter.SerialNumber), serial);
        Assert.Equal(1, transport.Statistics.FrameErrors);
        Assert.Equal(1, transport.Statistics.Retransmissions);
    }

    [Fact]
    public async Task DeadMeterTimesOutInBoundedTime()
    {
        await using var fleet = await TestFleets.StartAsync(TestFleets.Options(TimeProvider.System) with
        {
            MetersPerLine = 1,
            Customize = plan => plan with { Dead = true },
        });
        var meter = fleet.Meters[0];
        await using var line = await MeterClients.ConnectAsync(meter);
        await using var client = MeterClients.CreateHdlc(line, meter, frameTimeout: TimeSpan.FromMilliseconds(200), maxRetries: 2);
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAsync<DlmsTimeoutException>(() => client.AssociateAsync());

        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(600) - Tolerance, TimeSpan.FromSeconds(3));
        Assert.Equal(3, meter.Faults.Injected);
    }

    [Fact]
    public async Task JunkOnWrapperDropsOnlyThatConnection()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync();
        await using var _fleet = fleet;
        using var junk = new TcpClient();
        await junk.ConnectAsync(meter.Host, meter.Port);
        await using var client = await MeterClients.OpenAsync(meter);

        await junk.GetStream().WriteAsync(Enumerable.Range(0, 64).Select(value => (byte)(value * 37)).ToArray());
        var closed = await junk.GetStream().ReadAsync(new byte[16]).AsTask().WaitAsync(TimeSpan.FromSeconds(3));

        Assert.Equal(0, closed);
        Assert.Equal(new VisibleStringData(meter.SerialNumber), await client.GetAsync(Obis.Attribute("serial-number", 2)));
    }

    [Fact]
    public async Task JunkOnHdlcLineIsSkipped()
    {
        await using var fleet = await TestFleets.StartAsync(TestFleets.Options(TimeProvider.System, meters: 2) with { MetersPerLine = 2 });
        await using var line = await MeterClients.ConnectAsync(fleet.Meters[0]);

        await line.WriteAsync(Hex.Parse("7E A0 07 03 21 93 00 00 7E 00 FF 7E 7E A8 FF 01 02 03 7E 55 AA"), CancellationToken.None);
        foreach (var meter in fleet.Meters)
        {
            await using var client = MeterClients.CreateHdlc(line, meter, frameTimeout: TimeSpan.FromSeconds(1));
            await client.AssociateAsync();
            Assert.Equal(new VisibleStringData(meter.SerialNumber), await client.GetAsync(Obis.Attribute("serial-number", 2)));
            await client.ReleaseAsync();
        }
    }
}
