using System.Text;
using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Client;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Dlms.Server.Hosting;
using OpenPrepaid.Dlms.Tests.Engine;
using OpenPrepaid.Dlms.Transport;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Loopback;

/// <summary>The client engine against the server engine over real sockets on 127.0.0.1, with both transports.</summary>
public class ClientServerLoopbackTests
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);
    private static readonly Dlms.Cosem.ObisCode ModelName = Dlms.Cosem.ObisCode.Parse("0.0.96.1.1.255");

    [Fact]
    public async Task WrapperSessionReadsWritesAndInvokes()
    {
        var device = EngineFixture.CreateDevice(serverMaxPdu: 239, tariffTableBytes: 20);
        await using var host = new TcpWrapperHost(device);
        await host.StartAsync(CancellationToken.None);

        await using var client = await ConnectWrapperAsync(host.Port, clientSap: 1, EngineFixture.Management);
        await client.AssociateAsync();
        var read = await client.GetListAsync([new AttributeReference(EngineFixture.EnergyValue), new AttributeReference(EngineFixture.CreditAmount)]);
        var table = new OctetStringData(EngineFixture.Pattern(265));
        await client.SetAsync(EngineFixture.TariffTable, table);
        var credit = await client.ActionAsync(new CosemMethodDescriptor(112, EngineFixture.Credit, 1), new DoubleLongData(2500));

        Assert.Equal(new DoubleLongUnsignedData(12345), read[0].Data);
        Assert.Equal(new DoubleLongData(150_000), read[1].Data);
        Assert.Equal(table, await client.GetAsync(EngineFixture.TariffTable));
        Assert.Equal(new DoubleLongData(152_500), credit);
        await client.ReleaseAsync();
    }

    [Fact]
    public async Task WrapperGetBlockTransferWithSmallClientPdu()
    {
        var device = EngineFixture.CreateDevice(tariffTableBytes: 4000);
        await using var host = new TcpWrapperHost(device);
        await host.StartAsync(CancellationToken.None);

        await using var client = await ConnectWrapperAsync(host.Port, clientSap: 16, EngineFixture.Public with { MaxReceivePduSize = 256 });
        await client.AssociateAsync();

        var value = Assert.IsType<OctetStringData>(await client.GetAsync(EngineFixture.TariffTable));

        Assert.Equal(EngineFixture.Pattern(4000), value.Value);
    }

    [Fact]
    public async Task ManyConcurrentAssociationsOnOneListener()
    {
        var device = EngineFixture.CreateDevice();
        await using var host = new TcpWrapperHost(device);
        await host.StartAsync(CancellationToken.None);

        var readers = Enumerable.Range(0, 12).Select(async _ =>
        {
            await using var client = await ConnectWrapperAsync(host.Port, clientSap: 16, EngineFixture.Public);
            await client.AssociateAsync();
            var value = await client.GetAsync(EngineFixture.EnergyValue);
            await client.ReleaseAsync();
            return value;
        });

        var values = await Task.WhenAll(readers);

        Assert.All(values, value => Assert.Equal(new DoubleLongUnsignedData(12345), value));
    }

    [Fact]
    public async Task WrongPasswordOverWrapperIsTypedAndStopsTheSession()
    {
        var device = EngineFixture.CreateDevice();
        await using var host = new TcpWrapperHost(device);
        await host.StartAsync(CancellationToken.None);

        await using var client = await ConnectWrapperAsync(host.Port, clientSap: 1, EngineFixture.Management with { Password = Encoding.ASCII.GetBytes("wrong") });
        var error = await Assert.ThrowsAsync<DlmsAssociationException>(() => client.AssociateAsync());

        Assert.True(error.IsAuthenticationFailure);
        Assert.Equal(AssociationResult.RejectedPermanent, error.Result);
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync(EngineFixture.EnergyValue));
    }

    [Fact]
    public async Task HdlcLineServesSeveralMetersByPhysicalAddress()
    {
        var first = EngineFixture.CreateDevice();
        var second = EngineFixture.CreateDevice();
        lock (second.SyncRoot)
        {
            second.AddObject(new TestObject(1, ModelName, (2, new VisibleStringData("second"))));
        }

        await using var line = new HdlcLineHost(new HdlcLineHostOptions());
        line.AddEndpoint(17, first);
        line.AddEndpoint(18, second);
        await line.StartAsync(CancellationToken.None);
        await using var channel = await TcpConnector.ConnectAsync("127.0.0.1", line.Port, ConnectTimeout, CancellationToken.None);

        // One open connection, meters read one after another, each with its own HDLC link.
        foreach (var (address, expectSecond) in new[] { (17, false), (18, true), (17, false) })
        {
            var client = new DlmsClient(new HdlcTransport(channel, HdlcSettings(address, infoLength: 32, window: 3)), EngineFixture.Management);
            await client.AssociateAsync();
            var results = await client.GetListAsync([new AttributeReference(EngineFixture.EnergyValue), new AttributeReference(new CosemAttributeDescriptor(1, ModelName, 2))]);
            await client.ReleaseAsync();

            Assert.Equal(new DoubleLongUnsignedData(12345), results[0].Data);
            Assert.Equal(expectSecond ? DataAccessResult.Success : DataAccessResult.ObjectUndefined, results[1].Result);
        }
    }

    [Fact]
    public async Task HdlcSegmentsLongValuesBothWays()
    {
        var device = EngineFixture.CreateDevice(serverMaxPdu: 1024, tariffTableBytes: 10);
        await using var line = new HdlcLineHost(new HdlcLineHostOptions());
        line.AddEndpoint(17, device);
        await line.StartAsync(CancellationToken.None);
        await using var channel = await TcpConnector.ConnectAsync("127.0.0.1", line.Port, ConnectTimeout, CancellationToken.None);
        var client = new DlmsClient(new HdlcTransport(channel, HdlcSettings(17, infoLength: 32, window: 1)), EngineFixture.Management);
        await client.AssociateAsync();
        var value = new OctetStringData(EngineFixture.Pattern(700));

        await client.SetAsync(EngineFixture.TariffTable, value);
        var read = await client.GetAsync(EngineFixture.TariffTable);

        Assert.Equal(value, read);
        await client.ReleaseAsync();
    }

    [Fact]
    public async Task HdlcWrongPasswordIsTypedAndTheLineStaysUsable()
    {
        var device = EngineFixture.CreateDevice();
        await using var line = new HdlcLineHost(new HdlcLineHostOptions());
        line.AddEndpoint(17, device);
        await line.StartAsync(CancellationToken.None);
        await using var channel = await TcpConnector.ConnectAsync("127.0.0.1", line.Port, ConnectTimeout, CancellationToken.None);

        var rejected = new DlmsClient(new HdlcTransport(channel, HdlcSettings(17, 128, 1)), EngineFixture.Management with { Password = Encoding.ASCII.GetBytes("nope") });
        var error = await Assert.ThrowsAsync<DlmsAssociationException>(() => rejected.AssociateAsync());
        var accepted = new DlmsClient(new HdlcTransport(channel, HdlcSettings(17, 128, 1)), EngineFixture.Management);
        await accepted.AssociateAsync();

        Assert.Equal(AcseServiceUserDiagnostic.AuthenticationFailure, error.Diagnostic.UserDiagnostic);
        Assert.Equal(new DoubleLongUnsignedData(12345), await accepted.GetAsync(EngineFixture.EnergyValue));
        await accepted.ReleaseAsync();
    }

    private static HdlcTransportSettings HdlcSettings(int physicalAddress, int infoLength, int window) => new()
    {
        ClientAddress = 1,
        ServerUpperAddress = 1,
        ServerLowerAddress = physicalAddress,
        ServerAddressSize = 2,
        MaxInformationFieldLengthTransmit = infoLength,
        MaxInformationFieldLengthReceive = infoLength,
        WindowSizeTransmit = window,
        WindowSizeReceive = window,
        ResponseTimeout = TimeSpan.FromSeconds(3),
    };

    private static async Task<DlmsClient> ConnectWrapperAsync(int port, ushort clientSap, DlmsClientOptions options)
    {
        var channel = await TcpConnector.ConnectAsync("127.0.0.1", port, ConnectTimeout, CancellationToken.None);
        var transport = new WrapperTransport(channel, new WrapperTransportSettings { ClientPort = clientSap, ServerPort = 1 }, ownsChannel: true);
        return new DlmsClient(transport, options);
    }
}
