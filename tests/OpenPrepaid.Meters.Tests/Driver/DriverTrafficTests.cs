using OpenPrepaid.Dlms.Transport;
using OpenPrepaid.Meters.Driver;
using OpenPrepaid.Meters.Tests.Driver.Support;
using OpenPrepaid.Simulator.Cosem;

namespace OpenPrepaid.Meters.Tests.Driver;

/// <summary>The driver's traffic counter over the TCP wrapper on 127.0.0.1.</summary>
public class DriverTrafficTests
{
    [Fact]
    public async Task CounterSeesEveryRequestOfARead()
    {
        await using var server = await SimulatedMeterServer.StartAsync(profile: new AssociationProfile { MaxListSize = 64 });
        var counter = new StreamTrafficCounter();
        var driver = new DlmsMeterDriver(TestDriver.Options(listCap: 64) with { TrafficCounter = counter });
        await using var connection = (DlmsMeterConnection)await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        await driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);
        var firstWritten = counter.BytesWritten;
        var firstRead = counter.BytesRead;
        await driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);

        // One wrapper PDU each for the association request, the GET-with-list and the release request.
        Assert.Equal(1, connection.LastExchangeRequestCount);
        Assert.Equal(2 * 3, counter.Writes);
        Assert.True(firstWritten > 0, "the requests were counted");
        Assert.True(firstRead > 0, "the responses were counted");
        Assert.Equal(2 * firstWritten, counter.BytesWritten);
        Assert.Equal(2 * firstRead, counter.BytesRead);
    }
}
