using System.Text;
using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Transport;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Simulator.Fleet;

namespace OpenPrepaid.Simulator.Tests.Support;

/// <summary>
/// Exchanges raw APDU bytes with a simulated meter over the TCP wrapper, for checks of the exact bytes a meter
/// sends. The association is opened with a real AARQ first.
/// </summary>
internal sealed class RawWrapperSession : IAsyncDisposable
{
    private readonly WrapperTransport _transport;

    private RawWrapperSession(WrapperTransport transport)
    {
        _transport = transport;
    }

    public static async Task<RawWrapperSession> OpenManagementAsync(FleetMeter meter)
    {
        var channel = await MeterClients.ConnectAsync(meter);
        var session = new RawWrapperSession(new WrapperTransport(channel, new WrapperTransportSettings { ClientPort = 1, ServerPort = 1 }, ownsChannel: true));
        var aarq = new AarqApdu
        {
            Mechanism = AuthenticationMechanism.Low,
            CallingAuthenticationValue = Encoding.ASCII.GetBytes(meter.Password),
            UserInformation = new InitiateRequest(Conformance.DefaultLogicalName, 0xFFFF).Encode(),
        };
        var aare = (AareApdu)ApduDecoder.Decode(await session.ExchangeAsync(aarq.ToArray()));
        Assert.Equal(AssociationResult.Accepted, aare.Result);
        return session;
    }

    public async Task<byte[]> ExchangeAsync(byte[] request)
    {
        await _transport.OpenAsync(CancellationToken.None);
        await _transport.SendAsync(request, CancellationToken.None);
        var reply = await _transport.ReceiveAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        return reply.ToArray();
    }

    public ValueTask DisposeAsync() => _transport.DisposeAsync();
}
