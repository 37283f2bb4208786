using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace OpenPrepaid.Dlms.Server.Hosting;

/// <summary>
/// The accept loop both server hosts share: it binds a TCP listener, runs one handler task per connection and,
/// on stop, cancels the handlers and waits for them. A failing connection never stops the others.
/// </summary>
internal sealed class TcpHostListener
{
    private readonly IPEndPoint endPoint;
    private readonly Func<TcpClient, int, CancellationToken, Task> serve;
    private readonly ILogger logger;
    private readonly string hostName;
    private readonly ConcurrentDictionary<int, Task> connections = new();
    private CancellationTokenSource? stopping;
    private TcpListener? listener;
    private Task? acceptLoop;
    private int lastConnectionId;

    public TcpHostListener(IPEndPoint endPoint, Func<TcpClient, int, CancellationToken, Task> serve, ILogger logger, string hostName)
    {
        this.endPoint = endPoint;
        this.serve = serve;
        this.logger = logger;
        this.hostName = hostName;
    }

    /// <summary>The bound port; valid after <see cref="Start"/>.</summary>
    public int Port { get; private set; }

    public bool IsRunning => acceptLoop is not null;

    public void Start(CancellationToken cancellationToken)
    {
        if (acceptLoop is not null)
        {
            throw new InvalidOperationException($"The {hostName} host is already running.");
        }

        stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        listener = new TcpListener(endPoint);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        HostingLog.HostStarted(logger, hostName, listener.LocalEndpoint.ToString() ?? string.Empty);
        acceptLoop = AcceptLoopAsync(listener, stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (acceptLoop is null || stopping is null || listener is null)
        {
            return;
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        listener.Stop();
        await acceptLoop.WaitAsync(cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(connections.Values).WaitAsync(cancellationToken).ConfigureAwait(false);
        stopping.Dispose();
        acceptLoop = null;
        stopping = null;
        listener = null;
        HostingLog.HostStopped(logger, hostName, Port);
    }

    private async Task AcceptLoopAsync(TcpListener socketListener, CancellationToken cancellationToken)
    {
        try
        {
            await AcceptConnectionsAsync(socketListener, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Also when the start token is cancelled without StopAsync: the port must not stay bound.
            socketListener.Stop();
        }
    }

    private async Task AcceptConnectionsAsync(TcpListener socketListener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await socketListener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    return;
                }

                HostingLog.AcceptFailed(logger, hostName, exception.Message);
                continue;
            }

            client.NoDelay = true;
            int id = Interlocked.Increment(ref lastConnectionId);
            connections[id] = RunConnectionAsync(client, id, cancellationToken);
        }
    }

    private async Task RunConnectionAsync(TcpClient client, int id, CancellationToken cancellationToken)
    {
        await Task.Yield();
        HostingLog.ConnectionOpened(logger, hostName, id, client.Client.RemoteEndPoint?.ToString() ?? "?");
        try
        {
            await serve(client, id, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException)
        {
            HostingLog.ConnectionFailed(logger, hostName, id, exception.Message);
        }
        catch (Exception exception)
        {
            // A fault in the application layer ends this connection only; the host keeps serving the others.
            HostingLog.ConnectionCrashed(logger, exception, hostName, id);
        }
        finally
        {
            client.Dispose();
            connections.TryRemove(id, out _);
            HostingLog.ConnectionClosed(logger, hostName, id);
        }
    }
}
