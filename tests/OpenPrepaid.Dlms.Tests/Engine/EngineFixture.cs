using System.Text;
using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Client;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Engine;

/// <summary>Builds a logical device with a few test objects and a client connected to it in memory.</summary>
internal static class EngineFixture
{
    public static readonly byte[] Password = Encoding.ASCII.GetBytes("12345678");

    public static readonly ObisCode Energy = ObisCode.Parse("1.0.1.8.0.255");
    public static readonly ObisCode Credit = ObisCode.Parse("0.0.19.10.0.255");
    public static readonly ObisCode Serial = ObisCode.Parse("0.0.96.1.0.255");
    public static readonly ObisCode Tariffs = ObisCode.Parse("0.0.19.20.0.255");

    public static CosemAttributeDescriptor EnergyValue => new(3, Energy, 2);

    public static CosemAttributeDescriptor CreditAmount => new(112, Credit, 2);

    public static CosemAttributeDescriptor SerialValue => new(1, Serial, 2);

    public static CosemAttributeDescriptor TariffTable => new(113, Tariffs, 6);

    public static CosemLogicalDevice CreateDevice(
        Conformance? conformance = null,
        ushort serverMaxPdu = 1024,
        int serverMaxListSize = 32,
        int tariffTableBytes = 40)
    {
        var device = new CosemLogicalDevice("TEST0001");
        device.AddObject(new TestObject(1, Serial, (2, new OctetStringData(Encoding.ASCII.GetBytes("TEST0001")))));
        device.AddObject(new TestObject(3, Energy, (2, new DoubleLongUnsignedData(12345)), (3, new StructureData(new IntegerData(-1), new EnumData(30)))));
        device.AddObject(new TestObject(112, Credit, (2, new DoubleLongData(150_000))));
        device.AddObject(new TestObject(113, Tariffs, (6, new OctetStringData(Pattern(tariffTableBytes)))));

        var defaults = new ClientAssociationSettings { ClientSap = 16 };
        var services = conformance ?? defaults.Conformance;
        device.AddAssociation(defaults with { Conformance = services, MaxReceivePduSize = serverMaxPdu, MaxListSize = serverMaxListSize });
        device.AddAssociation(new ClientAssociationSettings
        {
            ClientSap = 1,
            Mechanism = AuthenticationMechanism.Low,
            Password = Password,
            Conformance = services,
            MaxReceivePduSize = serverMaxPdu,
            MaxListSize = serverMaxListSize,
        });
        return device;
    }

    public static (DlmsClient Client, InMemoryTransport Transport) Connect(CosemLogicalDevice device, ushort clientSap, DlmsClientOptions? options = null)
    {
        var transport = new InMemoryTransport(device.OpenSession(clientSap, 1));
        var client = new DlmsClient(transport, options ?? Public);
        return (client, transport);
    }

    public static DlmsClientOptions Public => new() { PeerName = "TEST0001" };

    public static DlmsClientOptions Management => new()
    {
        PeerName = "TEST0001",
        Authentication = AuthenticationMechanism.Low,
        Password = Password,
    };

    public static byte[] Pattern(int length) => Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();
}
