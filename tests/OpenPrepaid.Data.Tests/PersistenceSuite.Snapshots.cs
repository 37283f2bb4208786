using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;

namespace OpenPrepaid.Data.Tests;

public abstract partial class PersistenceSuite<TFixture>
{
    [Fact]
    public async Task SnapshotKeepsEveryValueExactly()
    {
        var serial = await AddMeterAsync();
        var snapshot = Snapshots.Full(serial, Noon);

        await Fixture.Snapshots.SaveAsync(snapshot, default);
        var stored = (await Fixture.Snapshots.GetLatestAsync(serial, default))!;

        Assert.Equal(snapshot, stored);
        Assert.Equal(9.619552m, stored.Reading!.Balance);
        Assert.Equal(TimeSpan.FromHours(2), stored.Reading.Clock!.Value.Offset);
        Assert.Equal(snapshot.Reading!.Settings, stored.Reading.Settings);
        Assert.Null(stored.Reading.Settings!.Prices!.Tariff4);
    }

    [Fact]
    public async Task FailedSnapshotKeepsItsError()
    {
        var serial = await AddMeterAsync();

        await Fixture.Snapshots.SaveAsync(MeterSnapshot.Failed(serial, Noon, MeterFailureKind.AssociationRejected, "association rejected: wrong password"), default);
        var stored = (await Fixture.Snapshots.GetLatestAsync(serial, default))!;

        Assert.Equal(ReadStatus.Failed, stored.Status);
        Assert.Equal(MeterFailureKind.AssociationRejected, stored.FailureKind);
        Assert.Equal("association rejected: wrong password", stored.Error);
        Assert.Null(stored.Reading);
    }

    [Fact]
    public async Task SnapshotHistoryOrderedByReadTime()
    {
        var serial = await AddMeterAsync();
        var times = new[] { Noon.AddMinutes(30), Noon, Noon.AddMinutes(15) };
        foreach (var time in times)
        {
            await Fixture.Snapshots.SaveAsync(Snapshots.Full(serial, time), default);
        }

        var history = await Fixture.Snapshots.GetHistoryAsync(serial, Noon, Noon.AddMinutes(30), default);
        var latest = (await Fixture.Snapshots.GetLatestAsync(serial, default))!;

        Assert.Equal([Noon, Noon.AddMinutes(15)], history.Select(s => s.ReadAt));
        Assert.Equal(Noon.AddMinutes(30), latest.ReadAt);
    }

    [Fact]
    public async Task LatestOfAllMetersComesByOneQuery()
    {
        var first = await AddMeterAsync();
        var second = await AddMeterAsync();
        var unread = await AddMeterAsync();
        await Fixture.Snapshots.SaveAsync(Snapshots.Full(first, Noon), default);
        await Fixture.Snapshots.SaveAsync(MeterSnapshot.Failed(second, Noon, MeterFailureKind.TimedOut, "timed out"), default);

        var latest = await Fixture.Snapshots.GetLatestAllAsync(default);

        Assert.Equal(ReadStatus.Ok, latest[first].Status);
        Assert.Equal(ReadStatus.Failed, latest[second].Status);
        Assert.False(latest.ContainsKey(unread));
    }
}
