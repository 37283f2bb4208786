using OpenPrepaid.Dlms.Hdlc;

namespace OpenPrepaid.Dlms.Tests.Transport;

/// <summary>
/// A meter played by an <see cref="HdlcServerLink"/> on the meter's end of a <see cref="LoopbackPeer"/>, for
/// tests that control the timing frame by frame. It responds to every request with the request reversed and
/// can pause before chosen frames.
/// </summary>
internal sealed class ScriptedMeter
{
    private readonly LoopbackPeer peer;
    private readonly HdlcServerLink link;

    public ScriptedMeter(LoopbackPeer peer, HdlcAddress serverAddress, HdlcAddress clientAddress, HdlcParameters capability)
    {
        this.peer = peer;
        link = new HdlcServerLink(serverAddress, clientAddress, new HdlcServerLinkOptions { Capability = capability });
    }

    /// <summary>Returns how long to wait before writing a frame; zero writes it at once.</summary>
    public Func<HdlcFrame, TimeSpan> PauseBefore { get; init; } = _ => TimeSpan.Zero;

    /// <summary>How many SNRMs to ignore before responding, as a meter that is still waking up.</summary>
    public int IgnoreFirstSnrms { get; init; }

    public HdlcLinkStatistics Statistics => link.Statistics;

    /// <summary>Serves frames until the client closes the connection.</summary>
    public async Task RunAsync()
    {
        int ignored = 0;
        while (true)
        {
            HdlcFrame frame;
            try
            {
                (frame, _) = await peer.ReadFrameAsync();
            }
            catch (Exception exception) when (exception is EndOfStreamException or IOException or ObjectDisposedException or OperationCanceledException)
            {
                return;
            }

            if (frame.Control.Type == HdlcFrameType.SetNormalResponseMode && ignored < IgnoreFirstSnrms)
            {
                ignored++;
                continue;
            }

            HdlcServerStep step = link.Receive(frame);
            IReadOnlyList<HdlcFrame> reply = step.Event == HdlcServerEvent.RequestReceived
                ? link.Respond(Reverse(step.Request))
                : step.Frames;
            foreach (HdlcFrame answer in reply)
            {
                TimeSpan pause = PauseBefore(answer);
                if (pause > TimeSpan.Zero)
                {
                    await Task.Delay(pause);
                }

                try
                {
                    await peer.WriteAsync(answer);
                }
                catch (Exception exception) when (exception is IOException or ObjectDisposedException)
                {
                    return;
                }
            }
        }
    }

    public static byte[] Reverse(ReadOnlyMemory<byte> bytes)
    {
        byte[] copy = bytes.ToArray();
        Array.Reverse(copy);
        return copy;
    }
}
