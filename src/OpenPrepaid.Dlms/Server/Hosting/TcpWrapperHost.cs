using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenPrepaid.Dlms.Transport;
using OpenPrepaid.Dlms.Wrapper;

namespace OpenPrepaid.Dlms.Server.Hosting;

/// <summary>
/// Serves one <see cref="IDlmsServerEndpoint"/> over the IEC 62056-47 TCP wrapper. Each connection gets its own
/// sessions, one per (client wPort, server wPort) pair, opened on the first APDU between them. Faults from
/// <see cref="IDlmsServerEndpoint.NextFault"/> are applied to each request. A connection that sends a header
/// with the wrong version is out of step, with no flag to resynchronise on, so it is dropped.
/// </summary>
public sealed class TcpWrapperHost : IAsyncDisposable
{
    private const string HostName = "Wrapper";

    private readonly IDlmsServerEndpoint endpoint;
    private readonly TcpWrapperHostOptions options;
    private readonly ILogger logger;
    private readonly TcpHostListener listener;
    private readonly LinePacer unpaced;

    public TcpWrapperHost(IDlmsServerEndpoint endpoint, TcpWrapperHostOptions? options = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        this.endpoint = endpoint;
        this.options = options ?? new TcpWrapperHostOptions();
        this.logger = logger ?? NullLogger.Instance;
        listener = new TcpHostListener(new IPEndPoint(this.options.Address, this.options.Port), ServeAsync, this.logger, HostName);
        unpaced = new LinePacer(0, TimeSpan.Zero, this.options.TimeProvider);
    }

    /// <summary>The bound port, valid once started.</summary>
    public int Port => listener.Port;

    /// <summary>Binds the port and starts accepting; cancelling <paramref name="cancellationToken"/> stops the host.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        listener.Start(cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>Stops accepting, closes every connection and waits for their handlers.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => listener.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None).ConfigureAwait(false);

    private async Task ServeAsync(TcpClient client, int connection, CancellationToken cancellationToken)
    {
        NetworkStream stream = client.GetStream();
        var sessions = new Dictionary<(ushort Client, ushort Server), IDlmsApduSession>();
        var buffer = new ReceiveBuffer();
        var chunk = new byte[4096];
        try
        {
            while (true)
            {
                WrapperDecodeResult result = WrapperDecoder.Decode(buffer.Span, options.MaxApduLength);
                if (result.Status == FrameDecodeStatus.Invalid)
                {
                    HostingLog.WrapperHeaderInvalid(logger, connection, result.ToException(buffer.Span).Message);
                    return;
                }

                if (result.Status == FrameDecodeStatus.Complete)
                {
                    buffer.Consume(result.Consumed);
                    if (!await HandleAsync(stream, result.Pdu!, sessions, connection, cancellationToken).ConfigureAwait(false))
                    {
                        return;
                    }

                    continue;
                }

                int count = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
                if (count == 0)
                {
                    return;
                }

                buffer.Append(chunk.AsSpan(0, count));
            }
        }
        finally
        {
            foreach (IDlmsApduSession session in sessions.Values)
            {
                session.Dispose();
            }
        }
    }

    // Returns false when the connection must be closed.
    private async Task<bool> HandleAsync(Stream stream, WrapperPdu request, Dictionary<(ushort Client, ushort Server), IDlmsApduSession> sessions, int connection, CancellationToken cancellationToken)
    {
        HostingLog.WrapperPduReceived(logger, connection, request.ToString());
        ExchangeFault fault = endpoint.NextFault(ExchangeKind.Apdu);
        if (fault.Kind != ExchangeFaultKind.None)
        {
            HostingLog.FaultInjected(logger, HostName, connection, fault.Kind, ExchangeKind.Apdu);
        }

        switch (fault.Kind)
        {
            case ExchangeFaultKind.NoAnswer:
                return true;
            case ExchangeFaultKind.CloseBeforeApply:
                return false;
        }

        (ushort Client, ushort Server) key = (request.SourcePort, request.DestinationPort);
        if (!sessions.TryGetValue(key, out IDlmsApduSession? session))
        {
            session = endpoint.OpenSession(key.Client, key.Server);
            sessions[key] = session;
        }

        byte[] response = session.Process(request.Apdu.Span).ToArray();
        if (fault.Kind == ExchangeFaultKind.CloseAfterApply)
        {
            return false;
        }

        if (fault.Kind == ExchangeFaultKind.CorruptAnswer && response.Length > 0)
        {
            // Over the wrapper there is no checksum to break, so the APDU tag is made invalid instead.
            response[0] ^= 0xFF;
        }

        byte[] reply = new WrapperPdu(request.DestinationPort, request.SourcePort, response).Encode();
        await ReplyWriter.WriteAsync(stream, reply, fault, unpaced, options.TimeProvider, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
