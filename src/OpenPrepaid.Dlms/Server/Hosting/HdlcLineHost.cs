using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OpenPrepaid.Dlms.Server.Hosting;

/// <summary>
/// Serves several <see cref="IDlmsServerEndpoint"/>s behind one TCP byte stream, addressed by their HDLC
/// physical (lower) address, as meters on an RS-485 line behind a serial-to-TCP converter. Each accepted
/// connection is a separate line with its own links to every station. Frames for addresses that no station
/// has are ignored, as on a multi-drop bus. The line can be paced at a baud rate with a turnaround delay.
/// </summary>
public sealed class HdlcLineHost : IAsyncDisposable
{
    private const string HostName = "HDLC line";

    private readonly HdlcLineHostOptions options;
    private readonly ILogger logger;
    private readonly TcpHostListener listener;
    private readonly Dictionary<int, IDlmsServerEndpoint> stations = [];

    public HdlcLineHost(HdlcLineHostOptions? options = null, ILogger? logger = null)
    {
        this.options = options ?? new HdlcLineHostOptions();
        this.logger = logger ?? NullLogger.Instance;
        listener = new TcpHostListener(new IPEndPoint(this.options.Address, this.options.Port), ServeAsync, this.logger, HostName);
    }

    /// <summary>The bound port, valid once started.</summary>
    public int Port => listener.Port;

    /// <summary>
    /// Puts a station on the line at <paramref name="physicalAddress"/> (0x10..0x3FFD; 2-byte server addresses
    /// reach only 0x10..0x7D). Frames with a 1-byte server address, which carries no physical address, reach the
    /// station only while it is alone on the line, as with a meter on its optical port.
    /// </summary>
    public void AddEndpoint(int physicalAddress, IDlmsServerEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);

        // 0x00 is NO_STATION, 0x01..0x0F are reserved, 0x3FFE is CALLING and 0x3FFF ALL_STATION (IEC 62056-46).
        if (physicalAddress is < 0x10 or > 0x3FFD)
        {
            throw new ArgumentOutOfRangeException(nameof(physicalAddress), physicalAddress, "A physical device address is 0x10..0x3FFD.");
        }

        if (listener.IsRunning)
        {
            throw new InvalidOperationException("Stations are added before the host starts.");
        }

        if (!stations.TryAdd(physicalAddress, endpoint))
        {
            throw new ArgumentException($"A station with physical address {physicalAddress} is already on the line.", nameof(physicalAddress));
        }
    }

    /// <summary>Binds the port and starts accepting; cancelling <paramref name="cancellationToken"/> stops the host.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (stations.Count == 0)
        {
            throw new InvalidOperationException("Add at least one station before starting the line.");
        }

        listener.Start(cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>Stops accepting, closes every connection and waits for their handlers.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => listener.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None).ConfigureAwait(false);

    private async Task ServeAsync(TcpClient client, int connection, CancellationToken cancellationToken)
    {
        var line = new HdlcLineConnection(client.GetStream(), stations, options, logger, connection);
        await line.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
