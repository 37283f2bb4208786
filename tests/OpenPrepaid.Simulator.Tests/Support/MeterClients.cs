using System.Text;
using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Client;
using OpenPrepaid.Dlms.Transport;
using OpenPrepaid.Simulator.Fleet;

namespace OpenPrepaid.Simulator.Tests.Support;

/// <summary>Real DLMS clients for simulated meters, over the wrapper or an HDLC line on 127.0.0.1.</summary>
internal static class MeterClients
{
    public const ushort Management = 1;
    public const ushort Public = 16;

    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    public static DlmsClientOptions Options(FleetMeter meter, ushort clientSap, TimeSpan? responseTimeout = null) => clientSap == Management
        ? new DlmsClientOptions
        {
            Authentication = AuthenticationMechanism.Low,
            Password = Encoding.ASCII.GetBytes(meter.Password),
            PeerName = meter.SerialNumber,
            ResponseTimeout = responseTimeout ?? TimeSpan.FromSeconds(5),
        }
        : new DlmsClientOptions { PeerName = meter.SerialNumber, ResponseTimeout = responseTimeout ?? TimeSpan.FromSeconds(5) };

    /// <summary>Connects over the wrapper and associates.</summary>
    public static async Task<DlmsClient> OpenAsync(FleetMeter meter, ushort clientSap = Management, TimeSpan? responseTimeout = null)
    {
        var client = Create(await ConnectAsync(meter), meter, clientSap, responseTimeout);
        await client.AssociateAsync();
        return client;
    }

    /// <summary>A wrapper client on its own connection, not yet associated.</summary>
    public static DlmsClient Create(StreamChannel channel, FleetMeter meter, ushort clientSap = Management, TimeSpan? responseTimeout = null)
    {
        var transport = new WrapperTransport(channel, new WrapperTransportSettings { ClientPort = clientSap, ServerPort = 1 }, ownsChannel: true);
        return new DlmsClient(transport, Options(meter, clientSap, responseTimeout));
    }

    public static Task<StreamChannel> ConnectAsync(FleetMeter meter) =>
        TcpConnector.ConnectAsync(meter.Host, meter.Port, ConnectTimeout, CancellationToken.None);

    /// <summary>A client for one meter of an HDLC line over a channel that several meters share.</summary>
    public static DlmsClient CreateHdlc(StreamChannel line, FleetMeter meter, ushort clientSap = Management, TimeSpan? frameTimeout = null, int maxRetries = 3)
    {
        var settings = new HdlcTransportSettings
        {
            ClientAddress = clientSap,
            ServerUpperAddress = 1,
            ServerLowerAddress = meter.HdlcAddress,
            ResponseTimeout = frameTimeout ?? TimeSpan.FromSeconds(2),
            MaxRetries = maxRetries,
        };
        return new DlmsClient(new HdlcTransport(line, settings), Options(meter, clientSap, frameTimeout ?? TimeSpan.FromSeconds(2)));
    }
}
