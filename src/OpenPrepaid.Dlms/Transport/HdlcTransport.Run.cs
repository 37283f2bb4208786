using OpenPrepaid.Dlms.Hdlc;

namespace OpenPrepaid.Dlms.Transport;

public sealed partial class HdlcTransport
{
    // Feeds received frames and timer expiries to the link until isDone accepts a step. The timer restarts
    // whenever the link reports progress or sends something. Ignored frames (echoes, frames for other meters,
    // duplicates) leave it running, so a chatty line cannot keep a dead exchange alive.
    private async Task<HdlcClientStep> RunAsync(Func<HdlcClientStep, bool> isDone, TimeSpan timeout, CancellationToken cancellationToken)
    {
        TimeProvider time = settings.TimeProvider;
        long timerStart = time.GetTimestamp();
        try
        {
            while (true)
            {
                HdlcClientStep? step = DecodeBuffered();
                if (step is null)
                {
                    byte[]? chunk = await ReadAsync(timeout, timerStart, cancellationToken).ConfigureAwait(false);
                    if (chunk is not null)
                    {
                        buffer.Append(chunk);
                        continue;
                    }

                    step = link.Timeout(timeout);
                }

                if (await HandleAsync(step, cancellationToken).ConfigureAwait(false))
                {
                    timerStart = time.GetTimestamp();
                }

                if (isDone(step))
                {
                    return step;
                }
            }
        }
        catch (DlmsTransportException exception) when (exception is not DlmsTimeoutException)
        {
            // The stream ended or failed: nothing more can be sent on this link.
            link.Abort();
            throw;
        }
    }

    private HdlcClientStep? DecodeBuffered()
    {
        HdlcDecodeResult result = HdlcFrameDecoder.Decode(buffer.Span);
        if (result.Status == FrameDecodeStatus.NeedMoreData)
        {
            return null;
        }

        buffer.Consume(result.Consumed);
        if (result.Status == FrameDecodeStatus.Invalid)
        {
            return link.ReceiveInvalid(result.Error);
        }

        HdlcFrame frame = result.Frame!;
        Log.FrameReceived(logger, link.Name, frame.ToString());
        return link.Receive(frame);
    }

    // Returns null when the timer expires first.
    private async Task<byte[]?> ReadAsync(TimeSpan timeout, long timerStart, CancellationToken cancellationToken)
    {
        if (timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            return await channel.ReadAsync(cancellationToken).ConfigureAwait(false);
        }

        TimeSpan remaining = timeout - settings.TimeProvider.GetElapsedTime(timerStart);
        if (remaining <= TimeSpan.Zero)
        {
            return null;
        }

        using var timer = new CancellationTokenSource(remaining, settings.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return await channel.ReadAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    // Returns true when the step restarts the response timer.
    private async Task<bool> HandleAsync(HdlcClientStep step, CancellationToken cancellationToken)
    {
        if (step.Event == HdlcClientEvent.Failed)
        {
            throw step.Error!;
        }

        if (step.DiscardInput)
        {
            DiscardInput();
        }

        if (step.Frames.Count > 0)
        {
            await WriteFramesAsync(step.Frames, cancellationToken).ConfigureAwait(false);
        }

        return step.Event != HdlcClientEvent.None || step.Frames.Count > 0;
    }

    private async Task WriteFramesAsync(IReadOnlyList<HdlcFrame> frames, CancellationToken cancellationToken)
    {
        if (frames.Count == 0)
        {
            return;
        }

        foreach (HdlcFrame frame in frames)
        {
            Log.FrameSent(logger, link.Name, frame.ToString());
        }

        byte[] bytes = HdlcFrameEncoder.Encode(frames, shareFlags: false);
        await channel.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }
}
