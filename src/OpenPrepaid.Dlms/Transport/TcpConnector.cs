using System.Net.Sockets;

namespace OpenPrepaid.Dlms.Transport;

/// <summary>Opens TCP connections to meters, wrapper gateways and serial-to-TCP converters.</summary>
public static class TcpConnector
{
    /// <summary>
    /// Connects to <paramref name="host"/>:<paramref name="port"/> (4059 is the wrapper's registered port) and
    /// returns the connection as a channel that owns the socket. Throws <see cref="DlmsTimeoutException"/> when
    /// the connection is not made within <paramref name="connectTimeout"/> and <see cref="DlmsTransportException"/>
    /// when it is refused or fails.
    /// </summary>
    public static Task<StreamChannel> ConnectAsync(string host, int port, TimeSpan connectTimeout, CancellationToken cancellationToken) =>
        ConnectAsync(host, port, connectTimeout, null, cancellationToken);

    /// <summary>
    /// Connects as <see cref="ConnectAsync(string, int, TimeSpan, CancellationToken)"/> does and adds the
    /// connection's traffic to <paramref name="counter"/> (none when null).
    /// </summary>
    public static async Task<StreamChannel> ConnectAsync(
        string host, int port, TimeSpan connectTimeout, StreamTrafficCounter? counter, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, ushort.MaxValue);

        // Frames are small and strictly request-response, so Nagle's algorithm would only add delay.
        var client = new TcpClient { NoDelay = true };
        using var timer = new CancellationTokenSource(connectTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await client.ConnectAsync(host, port, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            throw new DlmsTimeoutException($"Connecting to {host}:{port} timed out after {connectTimeout.TotalMilliseconds:0} ms.", connectTimeout);
        }
        catch (SocketException exception)
        {
            client.Dispose();
            throw new DlmsTransportException($"Connecting to {host}:{port} failed: {exception.Message}", exception);
        }
        catch (OperationCanceledException)
        {
            client.Dispose();
            throw;
        }

        return new StreamChannel(client.GetStream(), client, counter);
    }
}
