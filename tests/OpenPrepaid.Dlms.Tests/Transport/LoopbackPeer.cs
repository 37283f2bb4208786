using System.Net;
using System.Net.Sockets;
using OpenPrepaid.Dlms.Hdlc;

namespace OpenPrepaid.Dlms.Tests.Transport;

/// <summary>
/// The meter's end of a real loopback TCP connection, scripted by a test: it reads the client's frames and
/// writes whatever bytes the test chooses (echoes, pauses, hand-made frames).
/// </summary>
internal sealed class LoopbackPeer : IAsyncDisposable
{
    private static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(10);

    private readonly TcpClient clientSide;
    private readonly TcpClient meterSide;
    private readonly List<byte> received = [];

    private LoopbackPeer(TcpClient clientSide, TcpClient meterSide)
    {
        this.clientSide = clientSide;
        this.meterSide = meterSide;
    }

    /// <summary>The client's end of the connection, to hand to a transport.</summary>
    public NetworkStream ClientStream => clientSide.GetStream();

    public NetworkStream MeterStream => meterSide.GetStream();

    public static async Task<LoopbackPeer> CreateAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var client = new TcpClient { NoDelay = true };
        Task connect = client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        TcpClient meter = await listener.AcceptTcpClientAsync();
        meter.NoDelay = true;
        await connect;
        return new LoopbackPeer(client, meter);
    }

    /// <summary>Reads until one whole HDLC frame from the client is there and returns it with its raw bytes.</summary>
    public async Task<(HdlcFrame Frame, byte[] Raw)> ReadFrameAsync()
    {
        using var timeout = new CancellationTokenSource(ReadLimit);
        var chunk = new byte[4096];
        while (true)
        {
            byte[] pending = [.. received];
            HdlcDecodeResult result = HdlcFrameDecoder.Decode(pending);
            if (result.Status == Dlms.Transport.FrameDecodeStatus.Complete)
            {
                received.RemoveRange(0, result.Consumed);
                byte[] body = pending[(result.Consumed - result.Frame!.Length)..result.Consumed];
                return (result.Frame, [HdlcFrameEncoder.Flag, .. body, HdlcFrameEncoder.Flag]);
            }

            if (result.Status == Dlms.Transport.FrameDecodeStatus.Invalid)
            {
                received.RemoveRange(0, result.Consumed);
                continue;
            }

            int count = await MeterStream.ReadAsync(chunk, timeout.Token);
            if (count == 0)
            {
                throw new EndOfStreamException("The client closed the connection.");
            }

            received.AddRange(chunk.AsSpan(0, count));
        }
    }

    public async Task WriteAsync(byte[] bytes)
    {
        await MeterStream.WriteAsync(bytes);
        await MeterStream.FlushAsync();
    }

    public async Task WriteAsync(HdlcFrame frame) => await WriteAsync(HdlcFrameEncoder.Encode(frame));

    public ValueTask DisposeAsync()
    {
        meterSide.Dispose();
        clientSide.Dispose();
        return ValueTask.CompletedTask;
    }
}
