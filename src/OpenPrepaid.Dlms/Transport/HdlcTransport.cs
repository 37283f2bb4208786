using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenPrepaid.Dlms.Hdlc;

namespace OpenPrepaid.Dlms.Transport;

/// <summary>
/// The client side of an IEC 62056-46 HDLC link to one meter over a byte stream: an <see cref="HdlcClientLink"/>
/// driven by a response timer over a <see cref="StreamChannel"/>. Meters on one RS-485 line share one channel
/// and are read one after another, each through its own transport.
/// </summary>
public sealed partial class HdlcTransport : IDlmsTransport
{
    private readonly StreamChannel channel;
    private readonly bool ownsChannel;
    private readonly HdlcTransportSettings settings;
    private readonly HdlcClientLink link;
    private readonly ILogger logger;
    private readonly ReceiveBuffer buffer = new();
    private bool disposed;

    /// <summary>Creates a transport that owns <paramref name="stream"/> and disposes it with itself.</summary>
    public HdlcTransport(Stream stream, HdlcTransportSettings settings, ILogger? logger = null)
        : this(new StreamChannel(stream), settings, logger, ownsChannel: true)
    {
    }

    /// <summary>
    /// Creates a transport on a channel. A shared channel (several meters on one line) stays open when the
    /// transport is disposed; with <paramref name="ownsChannel"/> the transport disposes it.
    /// </summary>
    public HdlcTransport(StreamChannel channel, HdlcTransportSettings settings, ILogger? logger = null, bool ownsChannel = false)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(settings);
        this.channel = channel;
        this.ownsChannel = ownsChannel;
        this.settings = settings;
        this.logger = logger ?? NullLogger.Instance;
        link = new HdlcClientLink(settings.ToLinkOptions(), this.logger);
    }

    /// <summary>Null: HDLC segments an APDU of any size.</summary>
    public int? MaxApduSize => null;

    /// <summary>The negotiated link parameters from the client's viewpoint.</summary>
    public HdlcParameters Parameters => link.Parameters;

    /// <summary>Frame counters of this link.</summary>
    public HdlcLinkStatistics Statistics => link.Statistics;

    public HdlcClientLinkState State => link.State;

    /// <summary>Sends SNRM (after dropping stale input) and waits for UA, repeating SNRM on timeout.</summary>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        IReadOnlyList<HdlcFrame> frames = link.Connect();
        DiscardInput();
        await WriteFramesAsync(frames, cancellationToken).ConfigureAwait(false);
        await RunAsync(step => step.Event == HdlcClientEvent.Connected, settings.ResponseTimeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends one APDU; returns once its final segment is on the line, every earlier window acknowledged.</summary>
    public async Task SendAsync(ReadOnlyMemory<byte> apdu, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        IReadOnlyList<HdlcFrame> frames = link.Send(apdu.Span);
        await WriteFramesAsync(frames, cancellationToken).ConfigureAwait(false);
        if (link.State == HdlcClientLinkState.Sending)
        {
            await RunAsync(_ => link.State != HdlcClientLinkState.Sending, settings.ResponseTimeout, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Collects the response to the last request. <paramref name="timeout"/> is the wait for each frame: when
    /// it expires the link polls with RR and waits again, up to the retry limit, then throws
    /// <see cref="DlmsTimeoutException"/>.
    /// </summary>
    public async Task<ReadOnlyMemory<byte>> ReceiveAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (timeout <= TimeSpan.Zero && timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be positive.");
        }

        if (link.State is not (HdlcClientLinkState.AwaitingResponse or HdlcClientLinkState.Sending))
        {
            throw new InvalidOperationException($"No request is waiting for a response on HDLC link {link.Name} ({link.State}).");
        }

        HdlcClientStep step = await RunAsync(step => step.Event == HdlcClientEvent.ResponseReceived, timeout, cancellationToken).ConfigureAwait(false);
        return step.Apdu;
    }

    /// <summary>Sends DISC and waits for UA or DM; gives up quietly when the line is dead.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        if (disposed)
        {
            return;
        }

        try
        {
            IReadOnlyList<HdlcFrame> frames = link.Disconnect();
            if (frames.Count == 0)
            {
                return;
            }

            await WriteFramesAsync(frames, cancellationToken).ConfigureAwait(false);
            await RunAsync(step => step.Event == HdlcClientEvent.Disconnected, settings.ResponseTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (DlmsException exception)
        {
            link.Abort();
            Log.CloseFailed(logger, link.Name, exception.Message);
        }
    }

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

    private void DiscardInput()
    {
        int dropped = buffer.Length + channel.DiscardInput();
        buffer.Clear();
        if (dropped > 0)
        {
            Log.InputDiscarded(logger, link.Name, dropped);
        }
    }
}
