using OpenPrepaid.Meters.Driver;
using OpenPrepaid.Meters.Tests.Driver.Support;
using OpenPrepaid.Simulator.Cosem;

namespace OpenPrepaid.Meters.Tests.Driver;

/// <summary>
/// A snapshot read from meters that take long lists, short lists or no lists at all: the number of requests
/// follows what the meter grants, and the values are the same every time.
/// </summary>
public class DriverListTests
{
    private static readonly int SnapshotAttributes = SnapshotReader
        .Attributes(new ModelMap(ModelVariants.Reference, 1), ScalerSource.Model)
        .Count(id => new ModelMap(ModelVariants.Reference, 1).FindReadable(id) is not null);

    [Fact]
    public void SnapshotNeedsThirtySixAttributes()
    {
        // More than the usual list cap of 32, so the cap decides between one request and two; the driver's
        // documentation gives this number.
        Assert.Equal(36, SnapshotAttributes);
    }

    [Fact]
    public async Task LongListMeterTakesOneRequest()
    {
        var (reading, requests) = await ReadAsync(new AssociationProfile { MaxListSize = 64 }, listCap: 64);

        Assert.Equal(1, requests);
        Assert.NotNull(reading.Balance);
    }

    [Fact]
    public async Task MeterWithoutListsIsReadWithSingleGets()
    {
        var (reading, requests) = await ReadAsync(AssociationProfile.WithoutLists, listCap: 64);
        var (reference, _) = await ReadAsync(new AssociationProfile { MaxListSize = 64 }, listCap: 64);

        Assert.Equal(SnapshotAttributes, requests);
        Assert.Equal(reference, reading);
    }

    [Fact]
    public async Task ListsOfTwoAreReadInPairs()
    {
        var (reading, requests) = await ReadAsync(AssociationProfile.ShortLists(2), listCap: 2);
        var (reference, _) = await ReadAsync(new AssociationProfile { MaxListSize = 64 }, listCap: 64);

        Assert.Equal((SnapshotAttributes + 1) / 2, requests);
        Assert.Equal(reference, reading);
    }

    [Fact]
    public async Task DefaultCapReadsInChunksOfThirtyTwo()
    {
        var (reading, requests) = await ReadAsync(AssociationProfile.Full, listCap: null);

        Assert.Equal(2, requests);
        Assert.NotNull(reading.Settings);
    }

    [Fact]
    public async Task ShortListLimitIsLearned()
    {
        await using var server = await SimulatedMeterServer.StartAsync(profile: AssociationProfile.ShortLists(5));
        var driver = TestDriver.Create(listCap: 64);
        await using var connection = (DlmsMeterConnection)await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var first = await driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);
        var firstRequests = connection.LastExchangeRequestCount;
        var second = await driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);
        var secondRequests = connection.LastExchangeRequestCount;

        // The whole snapshot goes first as one list; each rejected list is halved until one is at most 5 long.
        var learned = SnapshotAttributes;
        while (learned > 5)
        {
            learned /= 2;
        }

        Assert.Equal(first, second);
        Assert.Equal((SnapshotAttributes + learned - 1) / learned, secondRequests);
        Assert.True(firstRequests > secondRequests, $"the first read took {firstRequests} requests, the second {secondRequests}");
        Assert.Equal(ExpectedReading.From(server.Meter.Snapshot()), second);
    }

    private static async Task<(Core.Readings.MeterReading Reading, int Requests)> ReadAsync(AssociationProfile profile, int? listCap)
    {
        await using var server = await SimulatedMeterServer.StartAsync(profile: profile);
        var driver = TestDriver.Create(listCap: listCap);
        await using var connection = (DlmsMeterConnection)await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var reading = await driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);
        return (reading, connection.LastExchangeRequestCount);
    }
}
