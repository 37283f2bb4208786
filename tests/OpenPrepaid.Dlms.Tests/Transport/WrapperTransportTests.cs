using System.Diagnostics;
using System.Net.Sockets;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Dlms.Server.Hosting;
using OpenPrepaid.Dlms.Transport;
using OpenPrepaid.Dlms.Wrapper;

namespace OpenPrepaid.Dlms.Tests.Transport;

/// <summary>The wrapper client transport and the TCP wrapper host over loopback TCP.</summary>
public class WrapperTransportTests : IAsyncLifetime
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(2);

    private readonly ReversingEndpoint endpoint = new();
    private TcpWrapperHost host = null!;

    public async Task InitializeAsync()
    {
        host = new TcpWrapperHost(endpoint);
        await host.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await AssertHostStillServesAsync();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task ApduTravelsBothWays()
    {
        await using WrapperTransport transport = await ConnectAsync(clientPort: 16, serverPort: 1);
        await transport.OpenAsync(CancellationToken.None);
        byte[] request = Enumerable.Range(0, 3000).Select(value => (byte)value).ToArray();

        byte[] reply = await HdlcLineHostTests.ExchangeAsync(transport, request);

        Assert.Equal(endpoint.ExpectedReply(request), reply);
        Assert.Null(transport.MaxApduSize);
        Assert.Equal([((ushort)16, (ushort)1)], endpoint.OpenedSaps.ToArray());
    }

    [Fact]
    public async Task EachConnectionGetsOwnSession()
    {
        byte[][] replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(async Task<byte[]> (index) =>
        {
            await using WrapperTransport transport = await ConnectAsync(clientPort: (ushort)(16 + index), serverPort: 1);
            byte[] first = await HdlcLineHostTests.ExchangeAsync(transport, [(byte)index, 1]);
            byte[] second = await HdlcLineHostTests.ExchangeAsync(transport, [(byte)index, 2]);
            return [.. first, .. second];
        }));

        for (int index = 0; index < replies.Length; index++)
        {
            Assert.Equal(new byte[] { 0xAA, 1, (byte)index, 0xAA, 2, (byte)index }, replies[index]);
        }

        Assert.Equal(8, endpoint.SessionsOpened);
        Assert.Equal(16, endpoint.RequestsApplied);
    }

    [Fact]
    public async Task SplitAndForeignPdusAreHandled()
    {
        await using LoopbackPeer peer = await LoopbackPeer.CreateAsync();
        await using var transport = new WrapperTransport(peer.ClientStream, new WrapperTransportSettings { ClientPort = 16, ServerPort = 1 });
        byte[] other = new WrapperPdu(1, 17, new byte[] { 0xC2, 0x00 }).Encode();
        byte[] wanted = new WrapperPdu(1, 16, new byte[] { 0xC4, 0x01, 0xC1, 0x00 }).Encode();
        byte[] next = new WrapperPdu(1, 16, new byte[] { 0xC4, 0x01, 0xC2, 0x00 }).Encode();

        Task<ReadOnlyMemory<byte>> first = transport.ReceiveAsync(TimeSpan.FromSeconds(2), CancellationToken.None);
        await peer.WriteAsync(other);
        foreach (byte value in wanted)
        {
            await peer.WriteAsync([value]);
            await Task.Delay(2);
        }

        await peer.WriteAsync(next);

        Assert.Equal(new byte[] { 0xC4, 0x01, 0xC1, 0x00 }, (await first).ToArray());
        Assert.Equal(new byte[] { 0xC4, 0x01, 0xC2, 0x00 }, (await transport.ReceiveAsync(TimeSpan.FromSeconds(2), CancellationToken.None)).ToArray());
    }

    [Fact]
    public async Task WrongVersionBreaksTheTransport()
    {
        await using LoopbackPeer peer = await LoopbackPeer.CreateAsync();
        await using var transport = new WrapperTransport(peer.ClientStream, new WrapperTransportSettings());

        await peer.WriteAsync(Hex.Parse("0002 0001 0010 0001 C4"));

        await Assert.ThrowsAsync<DlmsProtocolException>(() => transport.ReceiveAsync(TimeSpan.FromSeconds(2), CancellationToken.None));
        await Assert.ThrowsAsync<DlmsTransportException>(() => transport.SendAsync(new byte[] { 1 }, CancellationToken.None));
    }

    [Fact]
    public async Task EndOfStreamIsATransportError()
    {
        await using LoopbackPeer peer = await LoopbackPeer.CreateAsync();
        await using var transport = new WrapperTransport(peer.ClientStream, new WrapperTransportSettings());

        peer.MeterStream.Socket.Shutdown(SocketShutdown.Send);

        DlmsTransportException error = await Assert.ThrowsAsync<DlmsTransportException>(() => transport.ReceiveAsync(TimeSpan.FromSeconds(2), CancellationToken.None));
        Assert.IsNotType<DlmsTimeoutException>(error);
    }

    [Fact]
    public async Task JunkFromClientDropsOnlyThatConnection()
    {
        using var junk = new TcpClient();
        await junk.ConnectAsync("127.0.0.1", host.Port);
        await using WrapperTransport healthy = await ConnectAsync(clientPort: 16, serverPort: 1);

        await junk.GetStream().WriteAsync(Hex.Parse("47 45 54 20 2F 20 48 54 54 50"));
        var buffer = new byte[16];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        int count = await junk.GetStream().ReadAsync(buffer, timeout.Token);

        Assert.Equal(0, count);
        Assert.Equal(new byte[] { 0xAA, 2, 1 }, await HdlcLineHostTests.ExchangeAsync(healthy, [1, 2]));
    }

    [Fact]
    public async Task SessionCrashEndsOnlyItsConnection()
    {
        await using WrapperTransport crashing = await ConnectAsync();
        await using WrapperTransport healthy = await ConnectAsync(clientPort: 1);
        await crashing.SendAsync(new byte[] { ReversingEndpoint.CrashingRequest }, CancellationToken.None);

        await Assert.ThrowsAsync<DlmsTransportException>(() => crashing.ReceiveAsync(TimeSpan.FromSeconds(2), CancellationToken.None));
        Assert.Equal(new byte[] { 0xAA, 7 }, await HdlcLineHostTests.ExchangeAsync(healthy, [7]));
    }

    [Fact]
    public async Task UnansweredRequestTimesOut()
    {
        endpoint.QueueFault(ExchangeKind.Apdu, new ExchangeFault(ExchangeFaultKind.NoAnswer));
        await using WrapperTransport transport = await ConnectAsync();
        await transport.SendAsync(new byte[] { 1 }, CancellationToken.None);

        DlmsTimeoutException error = await Assert.ThrowsAsync<DlmsTimeoutException>(() => transport.ReceiveAsync(TimeSpan.FromMilliseconds(300), CancellationToken.None));

        Assert.Equal(TimeSpan.FromMilliseconds(300), error.Timeout);
        Assert.Equal(0, endpoint.RequestsApplied);
        await Assert.ThrowsAsync<DlmsTransportException>(() => transport.SendAsync(new byte[] { 2 }, CancellationToken.None));
    }

    [Fact]
    public async Task LateResponseIsDroppedByOpen()
    {
        endpoint.QueueFault(ExchangeKind.Apdu, new ExchangeFault(ExchangeFaultKind.DelayAnswer, TimeSpan.FromMilliseconds(300)));
        await using WrapperTransport transport = await ConnectAsync();
        await transport.SendAsync(new byte[] { 1 }, CancellationToken.None);
        await Assert.ThrowsAsync<DlmsTimeoutException>(() => transport.ReceiveAsync(TimeSpan.FromMilliseconds(100), CancellationToken.None));
        await Task.Delay(500);

        await transport.OpenAsync(CancellationToken.None);

        Assert.Equal(new byte[] { 0xAA, 2 }, await HdlcLineHostTests.ExchangeAsync(transport, [2]));
    }

    [Theory]
    [InlineData(ExchangeFaultKind.CloseBeforeApply, 0)]
    [InlineData(ExchangeFaultKind.CloseAfterApply, 1)]
    public async Task ClosedConnectionIsATransportError(ExchangeFaultKind kind, int applied)
    {
        endpoint.QueueFault(ExchangeKind.Apdu, new ExchangeFault(kind));
        await using WrapperTransport transport = await ConnectAsync();
        await transport.SendAsync(new byte[] { 1 }, CancellationToken.None);

        DlmsTransportException error = await Assert.ThrowsAsync<DlmsTransportException>(() => transport.ReceiveAsync(TimeSpan.FromSeconds(2), CancellationToken.None));

        Assert.IsNotType<DlmsTimeoutException>(error);
        Assert.Equal(applied, endpoint.RequestsApplied);
    }

    [Fact]
    public async Task CorruptAnswerInvertsTheApduTag()
    {
        endpoint.QueueFault(ExchangeKind.Apdu, new ExchangeFault(ExchangeFaultKind.CorruptAnswer));
        await using WrapperTransport transport = await ConnectAsync();

        byte[] reply = await HdlcLineHostTests.ExchangeAsync(transport, [1, 2]);

        Assert.Equal(new byte[] { 0xAA ^ 0xFF, 2, 1 }, reply);
        Assert.Equal(1, endpoint.RequestsApplied);
    }

    [Fact]
    public async Task DelayedAndTrickledAnswersArrive()
    {
        endpoint.QueueFault(ExchangeKind.Apdu, new ExchangeFault(ExchangeFaultKind.DelayAnswer, TimeSpan.FromMilliseconds(300)));
        endpoint.QueueFault(ExchangeKind.Apdu, new ExchangeFault(ExchangeFaultKind.TrickleAnswer, TimeSpan.FromMilliseconds(10)));
        await using WrapperTransport transport = await ConnectAsync();

        var watch = Stopwatch.StartNew();
        byte[] delayed = await HdlcLineHostTests.ExchangeAsync(transport, [1]);
        TimeSpan delay = watch.Elapsed;
        watch.Restart();
        byte[] trickled = await HdlcLineHostTests.ExchangeAsync(transport, [2, 3, 4, 5]);
        TimeSpan trickle = watch.Elapsed;

        Assert.Equal(new byte[] { 0xAA, 1 }, delayed);
        Assert.Equal(new byte[] { 0xAA, 5, 4, 3, 2 }, trickled);
        Assert.True(delay >= TimeSpan.FromMilliseconds(250), $"the delayed answer came after {delay.TotalMilliseconds:0} ms");

        // 8 header bytes and 5 APDU bytes with 10 ms between bytes.
        Assert.True(trickle >= TimeSpan.FromMilliseconds(100), $"the trickled answer came after {trickle.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task RefusedConnectionIsATransportError()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        DlmsTransportException error = await Assert.ThrowsAsync<DlmsTransportException>(() => TcpConnector.ConnectAsync("127.0.0.1", port, ConnectTimeout, CancellationToken.None));

        Assert.IsType<SocketException>(error.InnerException);
    }

    private async Task<WrapperTransport> ConnectAsync(ushort clientPort = 16, ushort serverPort = 1)
    {
        StreamChannel channel = await TcpConnector.ConnectAsync("127.0.0.1", host.Port, ConnectTimeout, CancellationToken.None);
        return new WrapperTransport(channel, new WrapperTransportSettings { ClientPort = clientPort, ServerPort = serverPort }, ownsChannel: true);
    }

    private async Task AssertHostStillServesAsync()
    {
        await using WrapperTransport transport = await ConnectAsync();
        Assert.Equal(new byte[] { 0xAA, 0x42 }, await HdlcLineHostTests.ExchangeAsync(transport, [0x42]));
    }
}
