using System.Net;
using System.Net.Sockets;
using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Dlms.Tests.Transport;

/// <summary>Byte and write totals of stream channels over loopback TCP.</summary>
public class StreamTrafficCounterTests
{
    private static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task CounterAddsBytesBothWays()
    {
        await using LoopbackPeer peer = await LoopbackPeer.CreateAsync();
        var counter = new StreamTrafficCounter();
        await using var channel = new StreamChannel(peer.ClientStream, null, counter, leaveOpen: true);

        await channel.WriteAsync(new byte[] { 1, 2, 3, 4, 5 }, CancellationToken.None);
        await channel.WriteAsync(new byte[] { 6, 7, 8 }, CancellationToken.None);
        byte[] sent = await ReadExactlyAsync(peer.MeterStream, 8);
        await peer.WriteAsync([9, 10, 11, 12, 13, 14, 15]);
        byte[] received = await ReadFromChannelAsync(channel, 7);

        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, sent);
        Assert.Equal(new byte[] { 9, 10, 11, 12, 13, 14, 15 }, received);
        Assert.Equal(8, counter.BytesWritten);
        Assert.Equal(2, counter.Writes);
        Assert.Equal(7, counter.BytesRead);
    }

    [Fact]
    public async Task ConnectionsSharingCounterAddUp()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var counter = new StreamTrafficCounter();

        await using StreamChannel first = await TcpConnector.ConnectAsync("127.0.0.1", port, ReadLimit, counter, CancellationToken.None);
        using TcpClient firstPeer = await listener.AcceptTcpClientAsync();
        await using StreamChannel second = await TcpConnector.ConnectAsync("127.0.0.1", port, ReadLimit, counter, CancellationToken.None);
        using TcpClient secondPeer = await listener.AcceptTcpClientAsync();

        await first.WriteAsync(new byte[10], CancellationToken.None);
        await second.WriteAsync(new byte[20], CancellationToken.None);
        await ReadExactlyAsync(firstPeer.GetStream(), 10);
        await ReadExactlyAsync(secondPeer.GetStream(), 20);
        await firstPeer.GetStream().WriteAsync(new byte[3]);
        await secondPeer.GetStream().WriteAsync(new byte[4]);
        await ReadFromChannelAsync(first, 3);
        await ReadFromChannelAsync(second, 4);

        Assert.Equal(30, counter.BytesWritten);
        Assert.Equal(2, counter.Writes);
        Assert.Equal(7, counter.BytesRead);
    }

    [Fact]
    public async Task FailedWriteIsNotCounted()
    {
        await using LoopbackPeer peer = await LoopbackPeer.CreateAsync();
        var counter = new StreamTrafficCounter();
        var channel = new StreamChannel(peer.ClientStream, null, counter, leaveOpen: true);
        await channel.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => channel.WriteAsync(new byte[] { 1 }, CancellationToken.None).AsTask());

        Assert.Equal(0, counter.BytesWritten);
        Assert.Equal(0, counter.Writes);
    }

    private static async Task<byte[]> ReadExactlyAsync(Stream stream, int count)
    {
        using var timeout = new CancellationTokenSource(ReadLimit);
        byte[] bytes = new byte[count];
        await stream.ReadExactlyAsync(bytes, timeout.Token);
        return bytes;
    }

    private static async Task<byte[]> ReadFromChannelAsync(StreamChannel channel, int count)
    {
        using var timeout = new CancellationTokenSource(ReadLimit);
        var received = new List<byte>();
        while (received.Count < count)
        {
            received.AddRange(await channel.ReadAsync(timeout.Token));
        }

        return [.. received];
    }
}
