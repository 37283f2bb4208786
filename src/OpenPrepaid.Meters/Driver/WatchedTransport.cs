using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Meters.Driver;

/// <summary>
/// Passes every call to a transport and notes whether any of them failed. The client swallows a failed release,
/// which may leave a late response on the stream, so the driver checks here whether the stream is still in step.
/// </summary>
internal sealed class WatchedTransport(IDlmsTransport inner) : IDlmsTransport
{
    public bool HasFailed { get; private set; }

    public int? MaxApduSize => inner.MaxApduSize;

    public Task OpenAsync(CancellationToken cancellationToken) => WatchAsync(() => inner.OpenAsync(cancellationToken));

    public Task SendAsync(ReadOnlyMemory<byte> apdu, CancellationToken cancellationToken) => WatchAsync(() => inner.SendAsync(apdu, cancellationToken));

    public async Task<ReadOnlyMemory<byte>> ReceiveAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.ReceiveAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DlmsException or OperationCanceledException)
        {
            HasFailed = true;
            throw;
        }
    }

    public Task CloseAsync(CancellationToken cancellationToken) => inner.CloseAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private async Task WatchAsync(Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DlmsException or OperationCanceledException)
        {
            HasFailed = true;
            throw;
        }
    }
}
