using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenPrepaid.Dlms.Wrapper;

namespace OpenPrepaid.Dlms.Transport;

/// <summary>
/// The client side of the IEC 62056-47 TCP wrapper to one logical device: each APDU travels in one PDU with an
/// 8-byte header. TCP already orders and protects the bytes, so there is no retransmission. A wrong version in
/// a header means the stream is out of step, and the transport is then unusable.
/// </summary>
public sealed partial class WrapperTransport : IDlmsTransport
{
    private readonly StreamChannel channel;
    private readonly bool ownsChannel;
    private readonly WrapperTransportSettings settings;
    private readonly ILogger logger;
    private readonly ReceiveBuffer buffer = new();
    private readonly string name;
    private bool broken;
    private bool timedOut;
    private bool disposed;

    /// <summary>Creates a transport that owns <paramref name="stream"/> and disposes it with itself.</summary>
    public WrapperTransport(Stream stream, WrapperTransportSettings settings, ILogger? logger = null)
        : this(new StreamChannel(stream), settings, logger, ownsChannel: true)
    {
    }

    /// <summary>Creates a transport on a channel, which it disposes only with <paramref name="ownsChannel"/>.</summary>
    public WrapperTransport(StreamChannel channel, WrapperTransportSettings settings, ILogger? logger = null, bool ownsChannel = false)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(settings);
        this.channel = channel;
        this.ownsChannel = ownsChannel;
        this.settings = settings;
        this.logger = logger ?? NullLogger.Instance;
        name = $"{settings.ClientPort}->{settings.ServerPort}";
    }

    /// <summary>Null: the wrapper sets no limit below the 65535 bytes its length field carries.</summary>
    public int? MaxApduSize => null;

    /// <summary>
    /// Drops bytes left from an earlier user of the channel or from a response that came after its timeout.
    /// There is nothing else to set up over the wrapper.
    /// </summary>
    public Task OpenAsync(CancellationToken cancellationToken)
    {
        timedOut = false;
        ThrowIfUnusable();
        buffer.Clear();
        channel.DiscardInput();
        return Task.CompletedTask;
    }

    public async Task SendAsync(ReadOnlyMemory<byte> apdu, CancellationToken cancellationToken)
    {
        ThrowIfUnusable();
        var pdu = new WrapperPdu(settings.ClientPort, settings.ServerPort, apdu);
        Log.PduSent(logger, name, pdu.ToString());
        await channel.WriteAsync(pdu.Encode(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Receives the next APDU for this client from this logical device. <paramref name="timeout"/> restarts
    /// whenever bytes arrive. PDUs for other ports are logged and skipped.
    /// </summary>
    public async Task<ReadOnlyMemory<byte>> ReceiveAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        ThrowIfUnusable();
        if (timeout <= TimeSpan.Zero && timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be positive.");
        }

        while (true)
        {
            WrapperDecodeResult result = WrapperDecoder.Decode(buffer.Span, settings.MaxReceiveApduLength);
            switch (result.Status)
            {
                case FrameDecodeStatus.Invalid:
                    broken = true;
                    throw result.ToException(buffer.Span);
                case FrameDecodeStatus.Complete:
                    buffer.Consume(result.Consumed);
                    WrapperPdu pdu = result.Pdu!;
                    if (pdu.SourcePort == settings.ServerPort && pdu.DestinationPort == settings.ClientPort)
                    {
                        Log.PduReceived(logger, name, pdu.ToString());
                        return pdu.Apdu;
                    }

                    Log.PduForOtherPort(logger, name, pdu.ToString());
                    continue;
            }

            byte[] chunk = await ReadAsync(timeout, cancellationToken).ConfigureAwait(false);
            buffer.Append(chunk);
        }
    }

    /// <summary>Nothing to close over the wrapper: releasing the association is the client engine's work.</summary>
    public Task CloseAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (ownsChannel)
        {
            await channel.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<byte[]> ReadAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            return await channel.ReadAsync(cancellationToken).ConfigureAwait(false);
        }

        using var timer = new CancellationTokenSource(timeout, settings.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return await channel.ReadAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // A response that arrives later would be taken for the response to the next request.
            timedOut = true;
            throw new DlmsTimeoutException($"Wrapper link {name}: no response within {timeout.TotalMilliseconds:0} ms.", timeout);
        }
        catch (DlmsTransportException)
        {
            broken = true;
            throw;
        }
    }

    private void ThrowIfUnusable()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (broken)
        {
            throw new DlmsTransportException($"Wrapper link {name} is out of step or closed after an earlier failure; open a new connection.");
        }

        if (timedOut)
        {
            throw new DlmsTransportException($"Wrapper link {name} timed out earlier, so a late response may still arrive; call OpenAsync to drop it first.");
        }
    }
}
