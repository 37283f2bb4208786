using System.Diagnostics;
using OpenPrepaid.Dlms.Hdlc;
using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Dlms.Tests.Transport;

/// <summary>The HDLC client transport over a real loopback socket against scripted meters.</summary>
public class HdlcTransportTests
{
    private static readonly HdlcParameters SmallSegments = new(32, 32, 1, 1);

    [Fact]
    public async Task EchoedSnrmIsDroppedAndUaAccepted()
    {
        // An optical head returns the client's own SNRM, then the meter's UA without parameters.
        await using LoopbackPeer peer = await LoopbackPeer.CreateAsync();
        var settings = new HdlcTransportSettings { ClientAddress = 19, ServerUpperAddress = 16, ServerLowerAddress = 1, ResponseTimeout = TimeSpan.FromSeconds(2) };
        await using var transport = new HdlcTransport(peer.ClientStream, settings);

        Task open = transport.OpenAsync(CancellationToken.None);
        (_, byte[] snrm) = await peer.ReadFrameAsync();
        await peer.WriteAsync(snrm);
        await peer.WriteAsync(Hex.Parse("7E A0 08 27 20 03 73 50 9D 7E"));
        await open;

        Assert.Equal("7EA0082003279373857E", Hex.Format(snrm));
        Assert.Equal(HdlcClientLinkState.Idle, transport.State);
        Assert.Equal(HdlcParameters.Default, transport.Parameters);
        Assert.Equal(1, transport.Statistics.EchoesDropped);
        Assert.Equal(0, transport.Statistics.Retransmissions);
        Assert.Equal(0, transport.Statistics.FrameErrors);
    }

    [Fact]
    public async Task LateMeterIsReadAfterRetry()
    {
        await using LoopbackPeer peer = await LoopbackPeer.CreateAsync();
        var meter = new ScriptedMeter(peer, HdlcAddress.Server(1, 17, 2), HdlcAddress.Client(16), HdlcParameters.Default) { IgnoreFirstSnrms = 1 };
        Task serving = meter.RunAsync();
        await using var transport = new HdlcTransport(peer.ClientStream, Settings(TimeSpan.FromMilliseconds(800)));

        await transport.OpenAsync(CancellationToken.None);
        await transport.SendAsync(new byte[] { 1, 2, 3 }, CancellationToken.None);
        ReadOnlyMemory<byte> response = await transport.ReceiveAsync(TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Equal(new byte[] { 3, 2, 1 }, response.ToArray());
        Assert.Equal(1, transport.Statistics.Retransmissions);
        await transport.CloseAsync(CancellationToken.None);
        await peer.DisposeAsync();
        await serving;
    }

    [Fact]
    public async Task SilentMeterTimesOutInBoundedTime()
    {
        await using LoopbackPeer peer = await LoopbackPeer.CreateAsync();
        await using var transport = new HdlcTransport(peer.ClientStream, Settings(TimeSpan.FromMilliseconds(200)) with { MaxRetries = 2 });
        var watch = Stopwatch.StartNew();

        DlmsTimeoutException error = await Assert.ThrowsAsync<DlmsTimeoutException>(() => transport.OpenAsync(CancellationToken.None));

        Assert.Equal(TimeSpan.FromMilliseconds(200), error.Timeout);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(550), TimeSpan.FromSeconds(3));
        Assert.Equal(2, transport.Statistics.Retransmissions);
        Assert.Equal(HdlcClientLinkState.Disconnected, transport.State);
    }

    [Fact]
    public async Task PauseBeforeFinalSegmentDoesNotTruncate()
    {
        await ReadWithPauseBeforeFinalSegment(pause: TimeSpan.FromMilliseconds(300), frameTimeout: TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task ThreeSecondPauseDoesNotTruncate()
    {
        // A meter model pauses about 3 s before its last HDLC frame; the per-frame timeout is longer.
        await ReadWithPauseBeforeFinalSegment(pause: TimeSpan.FromSeconds(3), frameTimeout: TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task PauseLongerThanFrameTimeoutFailsWithTimeout()
    {
        await using LoopbackPeer peer = await LoopbackPeer.CreateAsync();
        var meter = new ScriptedMeter(peer, HdlcAddress.Server(1, 17, 2), HdlcAddress.Client(16), SmallSegments)
        {
            PauseBefore = frame => frame.Control.Type == HdlcFrameType.Information ? TimeSpan.FromSeconds(2) : TimeSpan.Zero,
        };
        Task serving = meter.RunAsync();
        await using var transport = new HdlcTransport(peer.ClientStream, Settings(TimeSpan.FromMilliseconds(300)) with { MaxRetries = 1 });
        await transport.OpenAsync(CancellationToken.None);
        await transport.SendAsync(new byte[] { 1 }, CancellationToken.None);

        await Assert.ThrowsAsync<DlmsTimeoutException>(() => transport.ReceiveAsync(TimeSpan.FromMilliseconds(300), CancellationToken.None));
        await peer.DisposeAsync();
        await serving;
    }

    [Fact]
    public async Task LongApdusAreSegmentedBothWays()
    {
        await using LoopbackPeer peer = await LoopbackPeer.CreateAsync();
        var meter = new ScriptedMeter(peer, HdlcAddress.Server(1, 17, 2), HdlcAddress.Client(16), new HdlcParameters(32, 32, 3, 3));
        Task serving = meter.RunAsync();
        await using var transport = new HdlcTransport(peer.ClientStream, Settings(TimeSpan.FromSeconds(1)) with
        {
            MaxInformationFieldLengthTransmit = 64,
            MaxInformationFieldLengthReceive = 64,
            WindowSizeTransmit = 7,
            WindowSizeReceive = 7,
        });
        byte[] request = Enumerable.Range(0, 500).Select(value => (byte)value).ToArray();

        await transport.OpenAsync(CancellationToken.None);
        await transport.SendAsync(request, CancellationToken.None);
        ReadOnlyMemory<byte> response = await transport.ReceiveAsync(TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Equal(new HdlcParameters(32, 32, 3, 3), transport.Parameters);
        Assert.Equal(ScriptedMeter.Reverse(request), response.ToArray());

        // 503 bytes (LLC header and APDU) in fields of 32 are 16 frames each way. With windows of 3 each side
        // also sends 5 RR: the meter to confirm request windows, the client to poll for response windows.
        Assert.Equal(1 + 5 + 16, meter.Statistics.FramesSent);
        Assert.Equal(1 + 16 + 5, transport.Statistics.FramesSent);
        Assert.Equal(0, transport.Statistics.Retransmissions);
        await transport.CloseAsync(CancellationToken.None);
        await peer.DisposeAsync();
        await serving;
    }

    [Fact]
    public async Task EndOfStreamFailsWithTransportException()
    {
        await using LoopbackPeer peer = await LoopbackPeer.CreateAsync();
        await using var transport = new HdlcTransport(peer.ClientStream, Settings(TimeSpan.FromSeconds(5)));

        Task open = transport.OpenAsync(CancellationToken.None);
        await peer.ReadFrameAsync();
        peer.MeterStream.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);

        DlmsTransportException error = await Assert.ThrowsAsync<DlmsTransportException>(() => open);
        Assert.IsNotType<DlmsTimeoutException>(error);
        Assert.Contains("closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleBytesAreDroppedBeforeSnrm()
    {
        await using LoopbackPeer peer = await LoopbackPeer.CreateAsync();
        await using var channel = new StreamChannel(peer.ClientStream, leaveOpen: true);

        // A late UA from an earlier exchange is already waiting when the new link is opened.
        await peer.WriteAsync(Hex.Parse("7E A0 08 21 02 23 73 00 00 7E 7E A0 07 21 03 73 00 00 7E"));
        await Task.Delay(100);
        var meter = new ScriptedMeter(peer, HdlcAddress.Server(1, 17, 2), HdlcAddress.Client(16), HdlcParameters.Default);
        Task serving = meter.RunAsync();
        await using var transport = new HdlcTransport(channel, Settings(TimeSpan.FromSeconds(1)));

        await transport.OpenAsync(CancellationToken.None);

        Assert.Equal(0, transport.Statistics.FrameErrors);
        Assert.Equal(HdlcClientLinkState.Idle, transport.State);
        await peer.DisposeAsync();
        await serving;
    }

    [Fact]
    public async Task ResponseTimeoutRunsOnTheInjectedClock()
    {
        // An hour-long response timeout on a fake clock: the retries happen as the clock is advanced, not in
        // real time.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        TimeSpan timeout = TimeSpan.FromHours(1);
        await using LoopbackPeer peer = await LoopbackPeer.CreateAsync();
        await using var transport = new HdlcTransport(peer.ClientStream, Settings(timeout) with { MaxRetries = 2, TimeProvider = clock });
        DateTimeOffset start = clock.GetUtcNow();

        Task open = transport.OpenAsync(CancellationToken.None);
        int snrms = 0;
        while (!open.IsCompleted)
        {
            Task<(HdlcFrame Frame, byte[] Raw)> next = peer.ReadFrameAsync();
            while (!next.IsCompleted && !open.IsCompleted)
            {
                clock.Advance(timeout);
                await Task.WhenAny(next, open, Task.Delay(20));
            }

            if (!next.IsCompletedSuccessfully)
            {
                break;
            }

            (HdlcFrame frame, _) = await next;
            Assert.Equal(HdlcFrameType.SetNormalResponseMode, frame.Control.Type);
            snrms++;
        }

        await Assert.ThrowsAsync<DlmsTimeoutException>(() => open);
        Assert.Equal(3, snrms);
        Assert.True(clock.GetUtcNow() - start >= 3 * timeout);
    }

    private static async Task ReadWithPauseBeforeFinalSegment(TimeSpan pause, TimeSpan frameTimeout)
    {
        await using LoopbackPeer peer = await LoopbackPeer.CreateAsync();
        var meter = new ScriptedMeter(peer, HdlcAddress.Server(1, 17, 2), HdlcAddress.Client(16), SmallSegments)
        {
            PauseBefore = frame => frame.Control.Type == HdlcFrameType.Information && !frame.Segmented && frame.Control.SendSequence > 0 ? pause : TimeSpan.Zero,
        };
        Task serving = meter.RunAsync();
        await using var transport = new HdlcTransport(peer.ClientStream, Settings(frameTimeout) with { MaxInformationFieldLengthReceive = 32, MaxInformationFieldLengthTransmit = 32 });
        byte[] request = Enumerable.Range(0, 200).Select(value => (byte)value).ToArray();

        await transport.OpenAsync(CancellationToken.None);
        await transport.SendAsync(request, CancellationToken.None);
        var watch = Stopwatch.StartNew();
        ReadOnlyMemory<byte> response = await transport.ReceiveAsync(frameTimeout, CancellationToken.None);

        Assert.True(watch.Elapsed >= pause - TimeSpan.FromMilliseconds(50), $"the response came after {watch.Elapsed}, before the pause ended");
        Assert.Equal(ScriptedMeter.Reverse(request), response.ToArray());
        Assert.Equal(0, transport.Statistics.Retransmissions);
        await transport.CloseAsync(CancellationToken.None);
        await peer.DisposeAsync();
        await serving;
    }

    private static HdlcTransportSettings Settings(TimeSpan responseTimeout) => new()
    {
        ClientAddress = 16,
        ServerUpperAddress = 1,
        ServerLowerAddress = 17,
        ResponseTimeout = responseTimeout,
    };
}
