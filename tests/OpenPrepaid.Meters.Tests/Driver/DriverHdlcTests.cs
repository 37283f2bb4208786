using System.Diagnostics;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Meters.Driver;
using OpenPrepaid.Meters.Tests.Driver.Support;
using OpenPrepaid.Simulator.Faults;

namespace OpenPrepaid.Meters.Tests.Driver;

/// <summary>Meters on one HDLC line, read and charged one after another over one TCP connection.</summary>
public class DriverHdlcTests
{
    [Fact]
    public async Task LineMetersShareOneConnection()
    {
        await using var line = await SimulatedLine.StartAsync(3);
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(line.Access(0).Channel, CancellationToken.None);

        foreach (var index in new[] { 0, 1, 2, 1 })
        {
            var reading = await driver.ReadSnapshotAsync(line.Access(index), connection, CancellationToken.None);

            Assert.Equal(ExpectedReading.From(line.Devices[index].Meter.Snapshot()), reading);
        }
    }

    [Fact]
    public async Task TopUpOverHdlcIsApplied()
    {
        await using var line = await SimulatedLine.StartAsync(2);
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(line.Access(1).Channel, CancellationToken.None);
        var before = line.Devices[1].Meter.Snapshot().Balance;

        var result = await driver.TopUpAsync(line.Access(1), connection, 1, 99.99m, CancellationToken.None);

        Assert.Equal(TokenStatusCode.ExecutionOk, result.Status);
        Assert.Equal(before + 9_999, line.Devices[1].Meter.Snapshot().Balance);
        Assert.Equal(0, line.Devices[0].Meter.Snapshot().LastToken.Length);
    }

    [Fact]
    public async Task CorruptedFrameIsRecoveredByTheLink()
    {
        await using var line = await SimulatedLine.StartAsync(2);
        line.Devices[0].Faults.Add(new FaultRule(FaultKind.CorruptAnswer));
        var driver = TestDriver.Create(responseTimeout: TimeSpan.FromMilliseconds(500));
        await using var connection = await driver.OpenAsync(line.Access(0).Channel, CancellationToken.None);

        var reading = await driver.ReadSnapshotAsync(line.Access(0), connection, CancellationToken.None);

        Assert.Equal(1, line.Devices[0].Faults.Injected);
        Assert.Equal(ExpectedReading.From(line.Devices[0].Meter.Snapshot()), reading);
    }

    [Fact]
    public async Task SilentMeterDoesNotStopTheLine()
    {
        await using var line = await SimulatedLine.StartAsync(3);
        line.Devices[1].Faults.Add(FaultRule.Dead);
        var driver = TestDriver.Create(retries: 2, responseTimeout: TimeSpan.FromMilliseconds(300));
        await using var connection = await driver.OpenAsync(line.Access(0).Channel, CancellationToken.None);
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<MeterExchangeException>(() => driver.ReadSnapshotAsync(line.Access(1), connection, CancellationToken.None));
        var elapsed = watch.Elapsed;
        var next = await driver.ReadSnapshotAsync(line.Access(2), connection, CancellationToken.None);

        // SNRM is sent three times, 300 ms apart, and the line stays usable.
        Assert.Equal(MeterFailureKind.TimedOut, error.Kind);
        Assert.StartsWith("timed out", error.Message);
        Assert.InRange(elapsed, TimeSpan.FromMilliseconds(850), TimeSpan.FromSeconds(4));
        Assert.False(connection.IsBroken);
        Assert.Equal(ExpectedReading.From(line.Devices[2].Meter.Snapshot()), next);
    }

    [Fact]
    public async Task MeterIgnoringFirstSnrmIsRead()
    {
        await using var line = await SimulatedLine.StartAsync(1);
        line.Devices[0].Faults.Add(new FaultRule(FaultKind.IgnoreLinkSetup));
        var driver = TestDriver.Create(retries: 2, responseTimeout: TimeSpan.FromMilliseconds(400));
        await using var connection = (DlmsMeterConnection)await driver.OpenAsync(line.Access(0).Channel, CancellationToken.None);

        var reading = await driver.ReadSnapshotAsync(line.Access(0), connection, CancellationToken.None);

        Assert.Equal(1, line.Devices[0].Faults.Injected);
        Assert.Equal(ExpectedReading.From(line.Devices[0].Meter.Snapshot()), reading);
    }

    [Fact]
    public async Task PauseBeforeFinalFrameIsRiddenOut()
    {
        await using var line = await SimulatedLine.StartAsync(1);

        // Request 2 is the snapshot's GET, whose response spans several 128-byte frames.
        RequestFaults.OnRequest(line.Devices[0], 2, new ExchangeFault(ExchangeFaultKind.PauseBeforeFinalFrame, TimeSpan.FromMilliseconds(1500)));
        // A window of 7 lets the meter send every frame before the last at once, then pause.
        var driver = new DlmsMeterDriver(TestDriver.Options(responseTimeout: TimeSpan.FromSeconds(2)) with { HdlcWindowSize = 7 });
        await using var connection = await driver.OpenAsync(line.Access(0).Channel, CancellationToken.None);
        var watch = Stopwatch.StartNew();

        var reading = await driver.ReadSnapshotAsync(line.Access(0), connection, CancellationToken.None);

        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(1400), TimeSpan.FromSeconds(4));
        Assert.Equal(ExpectedReading.From(line.Devices[0].Meter.Snapshot()), reading);
    }
}
