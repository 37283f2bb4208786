using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Client;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Engine;

/// <summary>Meters that lack GET-with-list, take only short lists, or accept small PDUs.</summary>
public class ListAndBlockCaseTests
{
    private static readonly AttributeReference[] ThreeReferences =
    [
        new(EngineFixture.EnergyValue),
        new(new CosemAttributeDescriptor(3, EngineFixture.Energy, 3)),
        new(EngineFixture.CreditAmount),
    ];

    [Fact]
    public async Task MeterWithoutMultipleReferencesIsReadWithSingleGets()
    {
        // Conformance 00 50 1D, as such a meter negotiates it, has the multiple-references bit off.
        var p1 = Conformance.PriorityMgmtSupported | Conformance.BlockTransferWithGetOrRead | Conformance.Get | Conformance.Set
            | Conformance.SelectiveAccess | Conformance.Action;
        var device = EngineFixture.CreateDevice(conformance: p1, serverMaxPdu: 239);
        var (client, transport) = EngineFixture.Connect(device, 16);
        await client.AssociateAsync();

        var results = await client.GetListAsync(ThreeReferences);

        Assert.Equal(4, transport.Sent.Count);
        Assert.All(transport.Sent.Skip(1), apdu => Assert.Equal([0xC0, 0x01], apdu[..2]));
        await AssertSameAsSingleGets(results);
    }

    [Fact]
    public async Task ShortListMeterIsReadInChunksOfTwo()
    {
        // The meter takes lists of at most two items, and the per-meter cap is set to match.
        var device = EngineFixture.CreateDevice(serverMaxListSize: 2);
        var (client, transport) = EngineFixture.Connect(device, 16, EngineFixture.Public with { MaxListSize = 2 });
        await client.AssociateAsync();

        var results = await client.GetListAsync(ThreeReferences);

        Assert.Equal(3, transport.Sent.Count);
        Assert.Equal([0xC0, 0x03, 0xC1, 0x02], transport.Sent[1][..4]);
        Assert.Equal([0xC0, 0x01], transport.Sent[2][..2]);
        await AssertSameAsSingleGets(results);
    }

    [Fact]
    public async Task LargeSetUsesBlocksWithinServerPdu()
    {
        // A meter that negotiated a max PDU of 239 needs two blocks for a 265-byte tariff table.
        var device = EngineFixture.CreateDevice(serverMaxPdu: 239, tariffTableBytes: 10);
        var (client, transport) = EngineFixture.Connect(device, 1, EngineFixture.Management);
        await client.AssociateAsync();
        var value = new OctetStringData(EngineFixture.Pattern(262));

        await client.SetAsync(EngineFixture.TariffTable, value);

        var blocks = transport.Sent.Skip(1).ToList();
        Assert.Equal(2, blocks.Count);
        Assert.Equal(239, blocks[0].Length);
        Assert.Equal([0xC1, 0x02], blocks[0][..2]);
        Assert.Equal([0xC1, 0x03, blocks[0][2], 0x01, 0x00, 0x00, 0x00, 0x02], blocks[1][..8]);
        Assert.All(transport.Sent, apdu => Assert.True(apdu.Length <= 239));
        Assert.Equal(value, await client.GetAsync(EngineFixture.TariffTable));
    }

    [Fact]
    public async Task LargeSetWithoutBlockTransferIsRefusedBeforeSending()
    {
        var device = EngineFixture.CreateDevice(conformance: Conformance.Get | Conformance.Set, serverMaxPdu: 239);
        var (client, transport) = EngineFixture.Connect(device, 1, EngineFixture.Management);
        await client.AssociateAsync();

        var error = await Assert.ThrowsAsync<DlmsServiceException>(() => client.SetAsync(EngineFixture.TariffTable, new OctetStringData(new byte[300])));

        Assert.Contains("block transfer", error.Message, StringComparison.Ordinal);
        Assert.Single(transport.Sent);
    }

    [Fact]
    public async Task ListsAreSplitToFitTheServerPdu()
    {
        var device = EngineFixture.CreateDevice(serverMaxPdu: 40);
        var (client, transport) = EngineFixture.Connect(device, 16);
        await client.AssociateAsync();

        var results = await client.GetListAsync(ThreeReferences);

        Assert.All(transport.Sent.Skip(1), apdu => Assert.True(apdu.Length <= 40, $"request of {apdu.Length} bytes"));
        await AssertSameAsSingleGets(results);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(129)]
    [InlineData(130)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(258)]
    [InlineData(1000)]
    public void ChunkAndItsLengthPrefixFillTheSpace(int available)
    {
        var chunk = DlmsClient.MaxChunk(available);
        var writer = new AxdrWriter();
        writer.WriteLength(chunk);

        Assert.True(chunk + writer.Length <= available);
        var bigger = new AxdrWriter();
        bigger.WriteLength(chunk + 1);
        Assert.True(chunk + 1 + bigger.Length > available);
    }

    private static async Task AssertSameAsSingleGets(IReadOnlyList<GetDataResult> results)
    {
        var device = EngineFixture.CreateDevice();
        var (client, _) = EngineFixture.Connect(device, 16);
        await client.AssociateAsync();
        for (var i = 0; i < ThreeReferences.Length; i++)
        {
            Assert.Equal(await client.GetAsync(ThreeReferences[i].Attribute), results[i].Data);
        }
    }
}
