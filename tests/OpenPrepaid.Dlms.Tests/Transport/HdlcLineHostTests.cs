using System.Diagnostics;
using System.Net.Sockets;
using OpenPrepaid.Dlms.Hdlc;
using OpenPrepaid.Dlms.Server.Hosting;
using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Dlms.Tests.Transport;

/// <summary>The HDLC client transport against the HDLC line host over loopback TCP.</summary>
public class HdlcLineHostTests
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(2);

    [Theory]
    [InlineData(2, 3)]
    [InlineData(7, 7)]
    [InlineData(1, 4)]
    public async Task WindowsAndSmallSegmentsCarryLongApdusBothWays(int clientWindow, int serverWindow)
    {
        var station = new ReversingEndpoint(0x21);
        await using HdlcLineHost host = await StartAsync(new HdlcLineHostOptions
        {
            Link = new HdlcServerLinkOptions { Capability = new HdlcParameters(32, 32, serverWindow, serverWindow) },
        }, (0x10, station));
        await using StreamChannel channel = await TcpConnector.ConnectAsync("127.0.0.1", host.Port, ConnectTimeout, CancellationToken.None);
        await using var transport = new HdlcTransport(channel, Settings(0x10) with
        {
            MaxInformationFieldLengthTransmit = 128,
            MaxInformationFieldLengthReceive = 128,
            WindowSizeTransmit = clientWindow,
            WindowSizeReceive = 7,
        });

        await transport.OpenAsync(CancellationToken.None);
        foreach (int length in new[] { 700, 29, 30, 31, 450 })
        {
            byte[] request = Enumerable.Range(0, length).Select(value => (byte)(value ^ 0x5A)).ToArray();
            await transport.SendAsync(request, CancellationToken.None);
            ReadOnlyMemory<byte> response = await transport.ReceiveAsync(TimeSpan.FromSeconds(2), CancellationToken.None);

            Assert.Equal(station.ExpectedReply(request), response.ToArray());
        }

        await transport.CloseAsync(CancellationToken.None);

        Assert.Equal(new HdlcParameters(32, 32, Math.Min(clientWindow, serverWindow), serverWindow), transport.Parameters);
        Assert.Equal(0, transport.Statistics.Retransmissions);
        Assert.Equal(0, transport.Statistics.FrameErrors);
        Assert.Equal(HdlcClientLinkState.Disconnected, transport.State);
        Assert.Equal(5, station.RequestsApplied);
    }

    [Fact]
    public async Task StationsAreAddressedByPhysicalAddress()
    {
        ReversingEndpoint[] stations = [new(0x01), new(0x02), new(0x03)];
        await using HdlcLineHost host = await StartAsync(new HdlcLineHostOptions(), (0x10, stations[0]), (0x11, stations[1]), (0x200, stations[2]));
        await using StreamChannel channel = await TcpConnector.ConnectAsync("127.0.0.1", host.Port, ConnectTimeout, CancellationToken.None);

        // Two links open at once on the shared line, used in turn, then a third meter with a 4-byte address.
        await using var first = new HdlcTransport(channel, Settings(0x10));
        await using var second = new HdlcTransport(channel, Settings(0x11) with { ServerAddressSize = 4, ClientAddress = 1 });
        await first.OpenAsync(CancellationToken.None);
        await second.OpenAsync(CancellationToken.None);
        byte[] fromFirst = await ExchangeAsync(first, [1, 2, 3]);
        byte[] fromSecond = await ExchangeAsync(second, [4, 5]);
        await first.CloseAsync(CancellationToken.None);
        await second.CloseAsync(CancellationToken.None);

        await using var third = new HdlcTransport(channel, Settings(0x200));
        await third.OpenAsync(CancellationToken.None);
        byte[] fromThird = await ExchangeAsync(third, [6]);
        await third.CloseAsync(CancellationToken.None);

        Assert.Equal(new byte[] { 0x01, 3, 2, 1 }, fromFirst);
        Assert.Equal(new byte[] { 0x02, 5, 4 }, fromSecond);
        Assert.Equal(new byte[] { 0x03, 6 }, fromThird);
        Assert.Equal([((ushort)16, (ushort)1)], stations[0].OpenedSaps.ToArray());
        Assert.Equal([((ushort)1, (ushort)1)], stations[1].OpenedSaps.ToArray());
        Assert.All(stations, station => Assert.Equal(1, station.SessionsDisposed));
    }

    [Fact]
    public async Task AbsentStationTimesOutAndLineKeepsWorking()
    {
        var station = new ReversingEndpoint();
        await using HdlcLineHost host = await StartAsync(new HdlcLineHostOptions(), (0x10, station), (0x11, new ReversingEndpoint()));
        await using StreamChannel channel = await TcpConnector.ConnectAsync("127.0.0.1", host.Port, ConnectTimeout, CancellationToken.None);

        await using (var missing = new HdlcTransport(channel, Settings(0x12) with { ResponseTimeout = TimeSpan.FromMilliseconds(200), MaxRetries = 1 }))
        {
            await Assert.ThrowsAsync<DlmsTimeoutException>(() => missing.OpenAsync(CancellationToken.None));
        }

        await using var present = new HdlcTransport(channel, Settings(0x10));
        await present.OpenAsync(CancellationToken.None);

        Assert.Equal(new byte[] { 0xAA, 9 }, await ExchangeAsync(present, [9]));
    }

    [Fact]
    public async Task OneByteAddressReachesALoneStation()
    {
        var station = new ReversingEndpoint();
        await using HdlcLineHost host = await StartAsync(new HdlcLineHostOptions(), (0x10, station));
        await using StreamChannel channel = await TcpConnector.ConnectAsync("127.0.0.1", host.Port, ConnectTimeout, CancellationToken.None);
        await using var transport = new HdlcTransport(channel, Settings(null));

        await transport.OpenAsync(CancellationToken.None);

        Assert.Equal(new byte[] { 0xAA, 2, 1 }, await ExchangeAsync(transport, [1, 2]));
    }

    [Fact]
    public async Task JunkBytesAreSkippedAndTheLineResynchronises()
    {
        var station = new ReversingEndpoint();
        await using HdlcLineHost host = await StartAsync(new HdlcLineHostOptions(), (0x10, station));
        using var socket = new TcpClient();
        await socket.ConnectAsync("127.0.0.1", host.Port);
        NetworkStream stream = socket.GetStream();

        // Noise, a frame with a bad FCS, a bogus long length, then a valid SNRM.
        var random = new Random(7);
        byte[] noise = new byte[3000];
        random.NextBytes(noise);
        byte[] badFcs = Hex.Parse("7E A0 08 02 21 21 93 BD 65 7E");
        await stream.WriteAsync(noise);
        await stream.WriteAsync(badFcs);
        await stream.WriteAsync(Hex.Parse("7E A7 FF 00"));
        await stream.WriteAsync(HdlcFrameEncoder.Encode(new HdlcFrame(HdlcAddress.Server(1, 0x10, 2), HdlcAddress.Client(16), HdlcControl.SetNormalResponseMode())));

        var reply = new byte[64];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        int count = await stream.ReadAsync(reply, timeout.Token);
        HdlcDecodeResult result = HdlcFrameDecoder.Decode(reply.AsSpan(0, count));

        Assert.Equal(FrameDecodeStatus.Complete, result.Status);
        Assert.Equal(HdlcFrameType.UnnumberedAcknowledge, result.Frame!.Control.Type);
        Assert.Equal(1, station.SessionsOpened);
    }

    [Fact]
    public async Task FramesWithoutLinkGetDm()
    {
        var station = new ReversingEndpoint();
        await using HdlcLineHost host = await StartAsync(new HdlcLineHostOptions(), (0x10, station));
        using var socket = new TcpClient();
        await socket.ConnectAsync("127.0.0.1", host.Port);
        NetworkStream stream = socket.GetStream();
        HdlcAddress server = HdlcAddress.Server(1, 0x10, 2);

        // RR and DISC before any SNRM, then SNRM, DISC, and DISC again.
        HdlcControl[] commands =
        [
            HdlcControl.ReceiveReady(0, true),
            HdlcControl.Disconnect(),
            HdlcControl.SetNormalResponseMode(),
            HdlcControl.Disconnect(),
            HdlcControl.Disconnect(),
        ];
        var responses = new List<HdlcFrameType>();
        foreach (HdlcControl command in commands)
        {
            await stream.WriteAsync(HdlcFrameEncoder.Encode(new HdlcFrame(server, HdlcAddress.Client(16), command)));
            responses.Add((await ReadFrameAsync(stream)).Control.Type);
        }

        Assert.Equal(
            [HdlcFrameType.DisconnectedMode, HdlcFrameType.DisconnectedMode, HdlcFrameType.UnnumberedAcknowledge, HdlcFrameType.UnnumberedAcknowledge, HdlcFrameType.DisconnectedMode],
            responses);
        Assert.Equal(1, station.SessionsOpened);
        Assert.Equal(1, station.SessionsDisposed);
    }

    [Fact]
    public async Task ManyLinesAreServedAtOnce()
    {
        var station = new ReversingEndpoint();
        await using HdlcLineHost host = await StartAsync(new HdlcLineHostOptions(), (0x10, station));

        byte[][] replies = await Task.WhenAll(Enumerable.Range(0, 6).Select(async index =>
        {
            await using StreamChannel channel = await TcpConnector.ConnectAsync("127.0.0.1", host.Port, ConnectTimeout, CancellationToken.None);
            await using var transport = new HdlcTransport(channel, Settings(0x10));
            await transport.OpenAsync(CancellationToken.None);
            byte[] reply = await ExchangeAsync(transport, [(byte)index, 0xFF]);
            await transport.CloseAsync(CancellationToken.None);
            return reply;
        }));

        for (int index = 0; index < replies.Length; index++)
        {
            Assert.Equal(new byte[] { 0xAA, 0xFF, (byte)index }, replies[index]);
        }

        Assert.Equal(6, station.SessionsOpened);
    }

    [Fact]
    public async Task BaudRatePacingSlowsTheReply()
    {
        var station = new ReversingEndpoint();
        await using HdlcLineHost host = await StartAsync(new HdlcLineHostOptions { BaudRate = 9600 }, (0x10, station));
        await using StreamChannel channel = await TcpConnector.ConnectAsync("127.0.0.1", host.Port, ConnectTimeout, CancellationToken.None);
        await using var transport = new HdlcTransport(channel, Settings(0x10));
        await transport.OpenAsync(CancellationToken.None);
        byte[] request = new byte[300];

        var watch = Stopwatch.StartNew();
        byte[] reply = await ExchangeAsync(transport, request);

        // At 9600 baud a byte takes 10 bits = 1.04 ms; the 300 request bytes and 301 reply bytes each cross
        // the half-duplex line once, so the exchange takes at least 601 bytes' time, about 626 ms.
        Assert.Equal(301, reply.Length);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(600), $"the exchange took only {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task TurnaroundDelayPrecedesEveryReply()
    {
        var station = new ReversingEndpoint();
        await using HdlcLineHost host = await StartAsync(new HdlcLineHostOptions { TurnaroundDelay = TimeSpan.FromMilliseconds(150) }, (0x10, station));
        await using StreamChannel channel = await TcpConnector.ConnectAsync("127.0.0.1", host.Port, ConnectTimeout, CancellationToken.None);
        await using var transport = new HdlcTransport(channel, Settings(0x10));

        var watch = Stopwatch.StartNew();
        await transport.OpenAsync(CancellationToken.None);
        await ExchangeAsync(transport, [1]);

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(290), $"two replies took only {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task StopClosesConnectionsAndFreesThePort()
    {
        var host = new HdlcLineHost();
        host.AddEndpoint(0x10, new ReversingEndpoint());
        await host.StartAsync(CancellationToken.None);
        int port = host.Port;
        await using StreamChannel channel = await TcpConnector.ConnectAsync("127.0.0.1", port, ConnectTimeout, CancellationToken.None);
        await using var transport = new HdlcTransport(channel, Settings(0x10));
        await transport.OpenAsync(CancellationToken.None);

        await host.StopAsync(CancellationToken.None);
        await transport.SendAsync(new byte[] { 1 }, CancellationToken.None);

        await Assert.ThrowsAnyAsync<DlmsTransportException>(() => transport.ReceiveAsync(TimeSpan.FromSeconds(2), CancellationToken.None));
        await Assert.ThrowsAsync<DlmsTransportException>(() => TcpConnector.ConnectAsync("127.0.0.1", port, ConnectTimeout, CancellationToken.None));
        await host.DisposeAsync();
    }

    private static async Task<HdlcFrame> ReadFrameAsync(NetworkStream stream)
    {
        var received = new List<byte>();
        var chunk = new byte[256];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (true)
        {
            HdlcDecodeResult result = HdlcFrameDecoder.Decode(received.ToArray());
            if (result.Status == FrameDecodeStatus.Complete)
            {
                return result.Frame!;
            }

            int count = await stream.ReadAsync(chunk, timeout.Token);
            Assert.NotEqual(0, count);
            received.AddRange(chunk.AsSpan(0, count));
        }
    }

    internal static async Task<HdlcLineHost> StartAsync(HdlcLineHostOptions options, params (int Address, ReversingEndpoint Station)[] stations)
    {
        var host = new HdlcLineHost(options);
        foreach ((int address, ReversingEndpoint station) in stations)
        {
            host.AddEndpoint(address, station);
        }

        await host.StartAsync(CancellationToken.None);
        return host;
    }

    internal static HdlcTransportSettings Settings(int? physicalAddress) => new()
    {
        ClientAddress = 16,
        ServerUpperAddress = 1,
        ServerLowerAddress = physicalAddress,
        ResponseTimeout = TimeSpan.FromSeconds(1),
    };

    internal static async Task<byte[]> ExchangeAsync(IDlmsTransport transport, byte[] request)
    {
        await transport.SendAsync(request, CancellationToken.None);
        ReadOnlyMemory<byte> response = await transport.ReceiveAsync(TimeSpan.FromSeconds(2), CancellationToken.None);
        return response.ToArray();
    }
}
