using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Client;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Dlms.Tests.Support;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Engine;

public class ServiceTests
{
    [Fact]
    public async Task UndefinedObjectFailsOnlyThatRequest()
    {
        var device = EngineFixture.CreateDevice();
        var (client, _) = EngineFixture.Connect(device, 16);
        await client.AssociateAsync();

        var error = await Assert.ThrowsAsync<DlmsServiceException>(() => client.GetAsync(new CosemAttributeDescriptor(3, ObisCode.Parse("1.0.99.99.0.255"), 2)));

        Assert.Equal(DataAccessResult.ObjectUndefined, error.AccessResult);
        Assert.Contains("object-undefined", error.Message, StringComparison.Ordinal);
        Assert.Equal(new DoubleLongUnsignedData(12345), await client.GetAsync(EngineFixture.EnergyValue));
    }

    [Fact]
    public async Task WrongClassIdIsObjectClassInconsistent()
    {
        var device = EngineFixture.CreateDevice();
        var (client, _) = EngineFixture.Connect(device, 16);
        await client.AssociateAsync();

        var error = await Assert.ThrowsAsync<DlmsServiceException>(() => client.GetAsync(new CosemAttributeDescriptor(4, EngineFixture.Energy, 2)));

        Assert.Equal(DataAccessResult.ObjectClassInconsistent, error.AccessResult);
    }

    [Fact]
    public async Task PublicClientCannotWrite()
    {
        var device = EngineFixture.CreateDevice();
        var (client, _) = EngineFixture.Connect(device, 16);
        await client.AssociateAsync();

        var error = await Assert.ThrowsAsync<DlmsServiceException>(() => client.SetAsync(EngineFixture.CreditAmount, new DoubleLongData(1)));

        Assert.Equal(DataAccessResult.ReadWriteDenied, error.AccessResult);
    }

    [Fact]
    public async Task WrongTypeIsTypeUnmatched()
    {
        var device = EngineFixture.CreateDevice();
        var (client, _) = EngineFixture.Connect(device, 1, EngineFixture.Management);
        await client.AssociateAsync();

        var error = await Assert.ThrowsAsync<DlmsServiceException>(() => client.SetAsync(EngineFixture.CreditAmount, new VisibleStringData("100")));

        Assert.Equal(DataAccessResult.TypeUnmatched, error.AccessResult);
    }

    [Fact]
    public async Task ActionReturnsItsResult()
    {
        var device = EngineFixture.CreateDevice();
        var (client, _) = EngineFixture.Connect(device, 1, EngineFixture.Management);
        await client.AssociateAsync();

        var returned = await client.ActionAsync(new CosemMethodDescriptor(112, EngineFixture.Credit, 1), new DoubleLongData(1000));
        var refused = await client.TryActionAsync(new CosemMethodDescriptor(112, EngineFixture.Credit, 1), new OctetStringData([1]));

        Assert.Equal(new DoubleLongData(151_000), returned);
        Assert.Equal(ActionResult.TypeUnmatched, refused.Result);
        Assert.Equal(new DoubleLongData(151_000), await client.GetAsync(EngineFixture.CreditAmount));
    }

    [Fact]
    public async Task PublicClientCannotInvokeMethods()
    {
        var device = EngineFixture.CreateDevice();
        var (client, _) = EngineFixture.Connect(device, 16);
        await client.AssociateAsync();

        var error = await Assert.ThrowsAsync<DlmsServiceException>(() => client.ActionAsync(new CosemMethodDescriptor(112, EngineFixture.Credit, 1), new DoubleLongData(1)));

        Assert.Equal(ActionResult.ReadWriteDenied, error.ActionResult);
    }

    [Fact]
    public async Task ListReadMarksOnlyTheFailedItem()
    {
        var device = EngineFixture.CreateDevice();
        var (client, transport) = EngineFixture.Connect(device, 16);
        await client.AssociateAsync();

        var results = await client.GetListAsync(
        [
            new AttributeReference(EngineFixture.EnergyValue),
            new AttributeReference(new CosemAttributeDescriptor(3, ObisCode.Parse("1.0.1.8.9.255"), 2)),
            new AttributeReference(EngineFixture.CreditAmount),
        ]);

        Assert.Equal(new DoubleLongUnsignedData(12345), results[0].Data);
        Assert.Equal(DataAccessResult.ObjectUndefined, results[1].Result);
        Assert.Equal(new DoubleLongData(150_000), results[2].Data);
        Assert.Equal(2, transport.Sent.Count);
        Assert.Equal([0xC0, 0x03], transport.Sent[1][..2]);
    }

    [Fact]
    public async Task LongAnswerArrivesInBlocks()
    {
        var device = EngineFixture.CreateDevice(tariffTableBytes: 1500);
        var (client, transport) = EngineFixture.Connect(device, 16, EngineFixture.Public with { MaxReceivePduSize = 128 });
        await client.AssociateAsync();

        var value = Assert.IsType<OctetStringData>(await client.GetAsync(EngineFixture.TariffTable));

        Assert.Equal(EngineFixture.Pattern(1500), value.Value);
        Assert.True(transport.Sent.Count > 12, $"expected many Get-Request-Next, sent {transport.Sent.Count} APDUs");
        Assert.All(transport.Sent.Skip(2), apdu => Assert.Equal([0xC0, 0x02], apdu[..2]));
    }

    [Fact]
    public async Task ObjectListIsServedInBlocks()
    {
        var device = EngineFixture.CreateDevice();
        var (client, _) = EngineFixture.Connect(device, 16, EngineFixture.Public with { MaxReceivePduSize = 64 });
        await client.AssociateAsync();

        var list = Assert.IsType<ArrayData>(await client.GetAsync(new CosemAttributeDescriptor(15, ObisCode.Parse("0.0.40.0.0.255"), 2)));

        Assert.Equal(device.Objects.Count + 1, list.Count);
        var energy = list.Items.Cast<StructureData>().Single(e => e[2].Equals(new OctetStringData(EngineFixture.Energy.ToBytes())));
        Assert.Equal(new LongUnsignedData(3), energy[0]);
        var attributeAccess = Assert.IsType<ArrayData>(Assert.IsType<StructureData>(energy[3])[0]);
        Assert.All(attributeAccess.Items.Cast<StructureData>(), a => Assert.Equal(new EnumData((byte)AttributeAccessMode.ReadOnly), a[1]));
    }

    [Fact]
    public async Task LongListResponseArrivesInBlocks()
    {
        var device = EngineFixture.CreateDevice(tariffTableBytes: 600);
        var (client, _) = EngineFixture.Connect(device, 16, EngineFixture.Public with { MaxReceivePduSize = 200 });
        await client.AssociateAsync();

        var results = await client.GetListAsync([new AttributeReference(EngineFixture.TariffTable), new AttributeReference(EngineFixture.EnergyValue)]);

        Assert.Equal(EngineFixture.Pattern(600), Assert.IsType<OctetStringData>(results[0].Data).Value);
        Assert.Equal(new DoubleLongUnsignedData(12345), results[1].Data);
    }

    [Fact]
    public async Task SetListWritesEveryAttribute()
    {
        var device = EngineFixture.CreateDevice();
        var (client, transport) = EngineFixture.Connect(device, 1, EngineFixture.Management);
        await client.AssociateAsync();

        var results = await client.SetListAsync(
            [new AttributeReference(EngineFixture.CreditAmount), new AttributeReference(EngineFixture.SerialValue)],
            [new DoubleLongData(-5), new OctetStringData([1, 2])]);

        Assert.Equal([DataAccessResult.Success, DataAccessResult.Success], results);
        Assert.Equal([0xC1, 0x04], transport.Sent[1][..2]);
        Assert.Equal(new DoubleLongData(-5), await client.GetAsync(EngineFixture.CreditAmount));
    }

    [Fact]
    public async Task ServiceOutsideConformanceGetsExceptionResponse()
    {
        // A meter that grants no multiple references rejects a list with exception-response D8 01 02.
        var device = EngineFixture.CreateDevice(conformance: Conformance.Get | Conformance.Set | Conformance.Action);
        using var session = device.OpenSession(16, 1);
        var aarq = Hex.Parse("60 1D A1 09 06 07 60 85 74 05 08 01 01 BE 10 04 0E 01 00 00 00 06 5F 1F 04 00 00 7E 1F 04 B0");
        session.Process(aarq);
        var list = Hex.Parse("C0 03 C1 03 00 03 01 00 01 08 00 FF 02 00 00 03 01 00 01 08 00 FF 03 00 00 08 00 00 01 00 00 FF 02 00");

        var answer = session.Process(list).ToArray();

        Assert.Equal(Hex.Parse("D8 01 02"), answer);
    }

    [Fact]
    public async Task AssociationObjectNamesContextAndMechanism()
    {
        var device = EngineFixture.CreateDevice();
        var (client, _) = EngineFixture.Connect(device, 1, EngineFixture.Management);
        await client.AssociateAsync();
        var association = ObisCode.Parse("0.0.40.0.0.255");

        var context = Assert.IsType<StructureData>(await client.GetAsync(new CosemAttributeDescriptor(15, association, 4)));
        var mechanism = Assert.IsType<StructureData>(await client.GetAsync(new CosemAttributeDescriptor(15, association, 6)));
        var secret = await Assert.ThrowsAsync<DlmsServiceException>(() => client.GetAsync(new CosemAttributeDescriptor(15, association, 7)));

        Assert.Equal(7, context.Count);
        Assert.Equal(new LongUnsignedData(756), context[2]);
        Assert.Equal(new UnsignedData(1), context[6]);
        Assert.Equal(new UnsignedData(2), mechanism[5]);
        Assert.Equal(new UnsignedData(1), mechanism[6]);
        Assert.Equal(DataAccessResult.ReadWriteDenied, secret.AccessResult);
    }
}
