using Microsoft.Extensions.Time.Testing;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Simulator.Cosem;
using OpenPrepaid.Simulator.Tests.Support;

namespace OpenPrepaid.Simulator.Tests.Fleet;

/// <summary>Meters that lack GET-with-list or take short lists only, and the same values read from each.</summary>
public class AssociationProfileTests
{
    /// <summary>Energy total value and scaler_unit, and the clock time, as in a three-item list.</summary>
    private static readonly AttributeReference[] ThreeItems =
    [
        new(Obis.Attribute("energy-import-total", 2)),
        new(Obis.Attribute("energy-import-total", 3)),
        new(Obis.Attribute("clock", 2)),
    ];

    [Fact]
    public async Task MeterWithoutListsGrants00501D()
    {
        await using var fleet = await TestFleets.StartAsync(TestFleets.Options(new FakeTimeProvider(TestFleets.Monday)) with { Profile = AssociationProfile.WithoutLists });
        await using var client = await MeterClients.OpenAsync(fleet.Meters[0]);

        var results = await client.GetListAsync(ThreeItems);

        Assert.Equal(0x00501Du, (uint)client.NegotiatedConformance);
        Assert.Equal(0xEF, client.ServerMaxReceivePduSize);
        Assert.Equal(3, client.RequestCount);
        Assert.All(results, result => Assert.True(result.IsSuccess));
    }

    [Fact]
    public async Task ListSentAnywayGetsExceptionResponse()
    {
        await using var fleet = await TestFleets.StartAsync(TestFleets.Options(new FakeTimeProvider(TestFleets.Monday)) with { Profile = AssociationProfile.WithoutLists });
        await using var session = await RawWrapperSession.OpenManagementAsync(fleet.Meters[0]);

        var reply = await session.ExchangeAsync(Hex.Parse("C0 03 C1 03 00 03 01 00 01 08 00 FF 02 00 00 03 01 00 01 08 00 FF 03 00 00 08 00 00 01 00 00 FF 02 00"));

        Assert.Equal("D80102", Hex.Format(reply));
    }

    [Fact]
    public async Task ShortListsAreSplitAndAgree()
    {
        var time = new FakeTimeProvider(TestFleets.Monday);
        await using var shortLists = await TestFleets.StartAsync(TestFleets.Options(time) with { Profile = AssociationProfile.ShortLists(2) });
        await using var full = await TestFleets.StartAsync(TestFleets.Options(time));
        time.Advance(TimeSpan.FromHours(5));
        await using var shortClient = await MeterClients.OpenAsync(shortLists.Meters[0]);
        await using var fullClient = await MeterClients.OpenAsync(full.Meters[0]);
        var options = MeterClients.Options(shortLists.Meters[0], MeterClients.Management) with { MaxListSize = 2 };

        var refused = await Assert.ThrowsAsync<Dlms.DlmsServiceException>(() => shortClient.GetListAsync(ThreeItems));
        var fromFull = await fullClient.GetListAsync(ThreeItems);
        await using var split = new Dlms.Client.DlmsClient(
            new Dlms.Transport.WrapperTransport(await MeterClients.ConnectAsync(shortLists.Meters[0]), new Dlms.Transport.WrapperTransportSettings { ClientPort = 1 }, ownsChannel: true),
            options);
        await split.AssociateAsync();
        var fromShort = await split.GetListAsync(ThreeItems);

        Assert.NotNull(refused.ExceptionResponse);
        Assert.Equal(2, split.RequestCount);
        Assert.Equal(fromFull.Select(result => result.Data), fromShort.Select(result => result.Data));
    }
}
