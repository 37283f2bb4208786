using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Simulator.Tests.Support;

namespace OpenPrepaid.Simulator.Tests.Cosem;

/// <summary>Every object of the reference model over a real wrapper connection, for both clients.</summary>
public class ObjectAccessTests
{
    private const ushort AssociationLn = 15;

    [Fact]
    public async Task ManagementReadsEveryAttributeWithModelType()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync();
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter, MeterClients.Management);

        var read = 0;
        foreach (var definition in Obis.Model.Objects.Where(definition => definition.ClassId != AssociationLn))
        {
            var attributes = definition.Attributes.Where(attribute => attribute.CanRead(MeterClients.Management)).ToList();
            var results = await client.GetListAsync([.. attributes.Select(attribute => new AttributeReference(Obis.Attribute(definition.Key, attribute.Index)))]);

            for (var i = 0; i < attributes.Count; i++)
            {
                var path = $"{definition.Key}.{attributes[i].Name}";
                Assert.True(results[i].IsSuccess, $"{path}: {results[i].Result}");
                ShapeAssert.Matches(results[i].Data!, attributes[i].Type, path);
                read++;
            }

            Assert.Equal(new OctetStringData(definition.LogicalName.ToBytes()), results[attributes.FindIndex(attribute => attribute.Index == 1)].Data);
        }

        // The model's 36 objects other than the association, which the engine serves, have 131 such attributes.
        Assert.Equal(131, read);
    }

    [Fact]
    public async Task PublicClientReadsItsSubsetOnly()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync();
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter, MeterClients.Public);

        foreach (var definition in Obis.Model.Objects.Where(definition => definition.ClassId != AssociationLn))
        {
            foreach (var attribute in definition.Attributes)
            {
                var result = await client.TryGetAsync(new AttributeReference(Obis.Attribute(definition.Key, attribute.Index)));
                var path = $"{definition.Key}.{attribute.Name}";
                if (attribute.CanRead(MeterClients.Public))
                {
                    Assert.True(result.IsSuccess, $"{path}: {result.Result}");
                    ShapeAssert.Matches(result.Data!, attribute.Type, path);
                }
                else
                {
                    Assert.True(result.Result == DataAccessResult.ReadWriteDenied, $"{path}: {result.Result}");
                }
            }
        }
    }

    [Theory]
    [InlineData(MeterClients.Public)]
    [InlineData(MeterClients.Management)]
    public async Task TopUpKeyIsNeverReadable(ushort clientSap)
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync();
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter, clientSap);

        var result = await client.TryGetAsync(new AttributeReference(Obis.Attribute("top-up-key", 2)));

        Assert.Equal(DataAccessResult.ReadWriteDenied, result.Result);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task PublicClientWritesAndInvokesNothing()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync();
        await using var _fleet = fleet;
        await using var client = await MeterClients.OpenAsync(meter, MeterClients.Public);

        var write = await client.TrySetAsync(new AttributeReference(Obis.Attribute("credit", 6)), new DoubleLongData(-500));
        var key = await client.TrySetAsync(new AttributeReference(Obis.Attribute("top-up-key", 2)), new OctetStringData(new byte[32]));
        var action = await client.TryActionAsync(Obis.Method("disconnect-control", 1), new IntegerData(0));

        Assert.Equal(DataAccessResult.ReadWriteDenied, write);
        Assert.Equal(DataAccessResult.ReadWriteDenied, key);
        Assert.Equal(ActionResult.ReadWriteDenied, action.Result);
        Assert.Equal(0, meter.Meter.Snapshot().CreditLimit);
        Assert.True(meter.Meter.Snapshot().OutputState);
    }

    [Fact]
    public async Task WrongPasswordIsRejected()
    {
        var (fleet, meter, _) = await TestFleets.StartOneAsync(plan => plan with { Password = "right-one" });
        await using var _fleet = fleet;
        await using var client = MeterClients.Create(await MeterClients.ConnectAsync(meter), meter);

        // The client is built from the meter's password; a second one sends a wrong one.
        var wrong = new Dlms.Client.DlmsClient(
            new Dlms.Transport.WrapperTransport(await MeterClients.ConnectAsync(meter), new Dlms.Transport.WrapperTransportSettings { ClientPort = 1 }, ownsChannel: true),
            MeterClients.Options(meter, MeterClients.Management) with { Password = "wrong-one"u8.ToArray() });
        await using var _wrong = wrong;

        var error = await Assert.ThrowsAsync<DlmsAssociationException>(() => wrong.AssociateAsync());
        await client.AssociateAsync();

        Assert.True(error.IsAuthenticationFailure);
        Assert.Equal(new VisibleStringData(meter.SerialNumber), await client.GetAsync(Obis.Attribute("serial-number", 2)));
    }
}
