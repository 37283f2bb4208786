using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Meters.Driver;

/// <summary>
/// One open byte stream to a channel, as <see cref="DlmsMeterDriver.OpenAsync"/> returns it. Each exchange puts
/// its own transport on the stream for the length of one association: an HDLC link to the meter's physical
/// address, or the wrapper with the meter's logical device port. It serves one exchange at a time.
/// </summary>
public sealed class DlmsMeterConnection : IMeterConnection
{
    private readonly Func<CancellationToken, Task<StreamChannel>> _open;
    private StreamChannel? _stream;
    private int _inUse;

    internal DlmsMeterConnection(ChannelEndpoint channel, StreamChannel stream, Func<CancellationToken, Task<StreamChannel>> open)
    {
        Channel = channel;
        _stream = stream;
        _open = open;
    }

    public ChannelEndpoint Channel { get; }

    /// <summary>True once the stream failed or may still carry a late response, so the driver reconnects before using it again.</summary>
    public bool IsBroken { get; private set; }

    /// <summary>
    /// Request round trips after the association in the last exchange that succeeded: GET, SET and ACTION requests
    /// with their block transfers. The association and its release are not counted.
    /// </summary>
    public int LastExchangeRequestCount { get; internal set; }

    internal bool IsDisposed { get; private set; }

    /// <summary>Returns the open stream, reconnecting first when an earlier failure broke it.</summary>
    internal async Task<StreamChannel> GetStreamAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        if (_stream is not null && !IsBroken)
        {
            return _stream;
        }

        await CloseStreamAsync().ConfigureAwait(false);
        _stream = await _open(cancellationToken).ConfigureAwait(false);
        IsBroken = false;
        return _stream;
    }

    internal void MarkBroken() => IsBroken = true;

    /// <summary>Claims the connection for one exchange; a second exchange at the same time is a caller's mistake.</summary>
    internal IDisposable Claim()
    {
        if (Interlocked.Exchange(ref _inUse, 1) != 0)
        {
            throw new InvalidOperationException($"The connection to {Channel} is already in use by another exchange; meters on one channel are read one after another.");
        }

        return new Release(this);
    }

    public async ValueTask DisposeAsync()
    {
        if (IsDisposed)
        {
            return;
        }

        IsDisposed = true;
        await CloseStreamAsync().ConfigureAwait(false);
    }

    private async Task CloseStreamAsync()
    {
        var stream = _stream;
        _stream = null;
        if (stream is not null)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed class Release(DlmsMeterConnection connection) : IDisposable
    {
        public void Dispose() => Interlocked.Exchange(ref connection._inUse, 0);
    }
}
