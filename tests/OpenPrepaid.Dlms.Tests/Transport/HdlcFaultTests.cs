using System.Diagnostics;
using OpenPrepaid.Dlms.Hdlc;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Dlms.Server.Hosting;
using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Dlms.Tests.Transport;

/// <summary>
/// Each injected fault of the HDLC line host, as the client transport sees it, and the host still serving
/// a fresh connection afterwards.
/// </summary>
public class HdlcFaultTests : IAsyncLifetime
{
    // The short timeout keeps the timeout tests quick. Link setup and the tests that count retransmissions use
    // the longer one, so a slow machine does not add retries of its own.
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LinkTimeout = TimeSpan.FromMilliseconds(800);

    private readonly ReversingEndpoint station = new();
    private HdlcLineHost host = null!;

    public async Task InitializeAsync()
    {
        host = await HdlcLineHostTests.StartAsync(new HdlcLineHostOptions(), (0x10, station));
    }

    public async Task DisposeAsync()
    {
        await AssertHostStillServesAsync();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task SnrmIgnoredOnceIsRetried()
    {
        station.QueueFault(ExchangeKind.LinkSetup, new ExchangeFault(ExchangeFaultKind.NoAnswer));
        await using HdlcTransport transport = await ConnectAsync(maxRetries: 2);

        await transport.OpenAsync(CancellationToken.None);

        Assert.Equal(1, transport.Statistics.Retransmissions);
        Assert.Equal(1, station.SessionsOpened);
    }

    [Fact]
    public async Task CloseBeforeSnrmIsAppliedEndsTheStream()
    {
        station.QueueFault(ExchangeKind.LinkSetup, new ExchangeFault(ExchangeFaultKind.CloseBeforeApply));
        await using HdlcTransport transport = await ConnectAsync();

        DlmsTransportException error = await Assert.ThrowsAsync<DlmsTransportException>(() => transport.OpenAsync(CancellationToken.None));

        Assert.Contains("closed", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, station.SessionsOpened);
    }

    [Fact]
    public async Task CloseAfterSnrmIsAppliedEndsTheStream()
    {
        station.QueueFault(ExchangeKind.LinkSetup, new ExchangeFault(ExchangeFaultKind.CloseAfterApply));
        await using HdlcTransport transport = await ConnectAsync();

        await Assert.ThrowsAsync<DlmsTransportException>(() => transport.OpenAsync(CancellationToken.None));

        Assert.Equal(1, station.SessionsOpened);
    }

    [Fact]
    public async Task CorruptUaIsDroppedAndSnrmRepeated()
    {
        station.QueueFault(ExchangeKind.LinkSetup, new ExchangeFault(ExchangeFaultKind.CorruptAnswer));
        await using HdlcTransport transport = await ConnectAsync();

        await transport.OpenAsync(CancellationToken.None);

        Assert.Equal(1, transport.Statistics.FrameErrors);
        Assert.Equal(1, transport.Statistics.Retransmissions);
    }

    [Fact]
    public async Task UnansweredRequestTimesOut()
    {
        station.QueueFault(ExchangeKind.Apdu, new ExchangeFault(ExchangeFaultKind.NoAnswer));
        await using HdlcTransport transport = await ConnectAsync(maxRetries: 2);
        await transport.OpenAsync(CancellationToken.None);
        await transport.SendAsync(new byte[] { 1, 2 }, CancellationToken.None);
        var watch = Stopwatch.StartNew();

        DlmsTimeoutException error = await Assert.ThrowsAsync<DlmsTimeoutException>(() => transport.ReceiveAsync(ShortTimeout, CancellationToken.None));

        Assert.Equal(ShortTimeout, error.Timeout);
        Assert.InRange(watch.Elapsed, ShortTimeout * 3 - TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(5));
        Assert.Equal(0, station.RequestsApplied);
    }

    [Fact]
    public async Task CloseBeforeRequestIsAppliedEndsTheStream()
    {
        station.QueueFault(ExchangeKind.Apdu, new ExchangeFault(ExchangeFaultKind.CloseBeforeApply));
        await using HdlcTransport transport = await ConnectAsync();
        await transport.OpenAsync(CancellationToken.None);
        await transport.SendAsync(new byte[] { 1 }, CancellationToken.None);

        DlmsTransportException error = await Assert.ThrowsAsync<DlmsTransportException>(() => transport.ReceiveAsync(TimeSpan.FromSeconds(2), CancellationToken.None));

        Assert.IsNotType<DlmsTimeoutException>(error);
        Assert.Equal(0, station.RequestsApplied);
        Assert.Equal(HdlcClientLinkState.Disconnected, transport.State);
    }

    [Fact]
    public async Task CloseAfterRequestIsAppliedEndsTheStream()
    {
        station.QueueFault(ExchangeKind.Apdu, new ExchangeFault(ExchangeFaultKind.CloseAfterApply));
        await using HdlcTransport transport = await ConnectAsync();
        await transport.OpenAsync(CancellationToken.None);
        await transport.SendAsync(new byte[] { 1 }, CancellationToken.None);

        DlmsTransportException error = await Assert.ThrowsAsync<DlmsTransportException>(() => transport.ReceiveAsync(TimeSpan.FromSeconds(2), CancellationToken.None));

        Assert.IsNotType<DlmsTimeoutException>(error);
        Assert.Equal(1, station.RequestsApplied);
    }

    [Fact]
    public async Task CorruptAnswerWithoutRetriesIsAProtocolError()
    {
        station.QueueFault(ExchangeKind.Apdu, new ExchangeFault(ExchangeFaultKind.CorruptAnswer));
        await using HdlcTransport transport = await ConnectAsync(maxRetries: 0);
        await transport.OpenAsync(CancellationToken.None);
        await transport.SendAsync(new byte[] { 1 }, CancellationToken.None);

        DlmsProtocolException error = await Assert.ThrowsAsync<DlmsProtocolException>(() => transport.ReceiveAsync(ShortTimeout, CancellationToken.None));

        Assert.Contains("FCS", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, transport.Statistics.FrameErrors);
    }

    [Fact]
    public async Task CorruptAnswerIsRecoveredByPolling()
    {
        station.QueueFault(ExchangeKind.Apdu, new ExchangeFault(ExchangeFaultKind.CorruptAnswer));
        await using HdlcTransport transport = await ConnectAsync(maxRetries: 2);
        await transport.OpenAsync(CancellationToken.None);
        await transport.SendAsync(new byte[] { 1, 2, 3 }, CancellationToken.None);

        ReadOnlyMemory<byte> response = await transport.ReceiveAsync(LinkTimeout, CancellationToken.None);

        Assert.Equal(new byte[] { 0xAA, 3, 2, 1 }, response.ToArray());
        Assert.Equal(1, transport.Statistics.FrameErrors);
        Assert.Equal(1, transport.Statistics.Retransmissions);
        Assert.Equal(1, station.RequestsApplied);
    }

    [Fact]
    public async Task DelayedAnswerArrivesWithinTheTimeout()
    {
        station.QueueFault(ExchangeKind.Apdu, new ExchangeFault(ExchangeFaultKind.DelayAnswer, TimeSpan.FromMilliseconds(400)));
        await using HdlcTransport transport = await ConnectAsync();
        await transport.OpenAsync(CancellationToken.None);
        await transport.SendAsync(new byte[] { 1 }, CancellationToken.None);
        var watch = Stopwatch.StartNew();

        ReadOnlyMemory<byte> response = await transport.ReceiveAsync(TimeSpan.FromSeconds(2), CancellationToken.None);

        Assert.Equal(new byte[] { 0xAA, 1 }, response.ToArray());
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(350), $"the answer came after {watch.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(0, transport.Statistics.Retransmissions);
    }

    [Fact]
    public async Task TrickledAnswerIsReassembled()
    {
        station.QueueFault(ExchangeKind.Apdu, new ExchangeFault(ExchangeFaultKind.TrickleAnswer, TimeSpan.FromMilliseconds(5)));
        await using HdlcTransport transport = await ConnectAsync();
        await transport.OpenAsync(CancellationToken.None);
        byte[] request = Enumerable.Range(0, 40).Select(value => (byte)value).ToArray();
        await transport.SendAsync(request, CancellationToken.None);
        var watch = Stopwatch.StartNew();

        ReadOnlyMemory<byte> response = await transport.ReceiveAsync(TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Equal(station.ExpectedReply(request), response.ToArray());

        // The reply frame is 54 bytes between the flags, so 55 gaps of 5 ms at least.
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(250), $"the answer came after {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task SessionCrashEndsOnlyItsLine()
    {
        await using HdlcTransport transport = await ConnectAsync();
        await transport.OpenAsync(CancellationToken.None);
        await transport.SendAsync(new byte[] { ReversingEndpoint.CrashingRequest }, CancellationToken.None);

        DlmsTransportException error = await Assert.ThrowsAsync<DlmsTransportException>(() => transport.ReceiveAsync(TimeSpan.FromSeconds(2), CancellationToken.None));

        Assert.IsNotType<DlmsTimeoutException>(error);
    }

    private async Task<HdlcTransport> ConnectAsync(int maxRetries = 3)
    {
        StreamChannel channel = await TcpConnector.ConnectAsync("127.0.0.1", host.Port, TimeSpan.FromSeconds(2), CancellationToken.None);
        HdlcTransportSettings settings = HdlcLineHostTests.Settings(0x10) with { ResponseTimeout = LinkTimeout, MaxRetries = maxRetries };
        return new HdlcTransport(channel, settings, ownsChannel: true);
    }

    private async Task AssertHostStillServesAsync()
    {
        await using HdlcTransport transport = await ConnectAsync();
        await transport.OpenAsync(CancellationToken.None);
        byte[] reply = await HdlcLineHostTests.ExchangeAsync(transport, [0x42]);
        await transport.CloseAsync(CancellationToken.None);

        Assert.Equal(new byte[] { 0xAA, 0x42 }, reply);
    }
}
