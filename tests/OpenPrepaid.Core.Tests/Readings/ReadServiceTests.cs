using Microsoft.Extensions.Time.Testing;
using OpenPrepaid.Core.Channels;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Tests.Support;

namespace OpenPrepaid.Core.Tests.Readings;

public sealed class ReadServiceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task MetersOnOneLineShareOneConnection()
    {
        await using var harness = await CoreHarness.StartAsync();
        await harness.AddMeterAsync("BUS-A", 10m, port: 5000, hdlcAddress: 17);
        await harness.AddMeterAsync("BUS-B", 20m, port: 5000, hdlcAddress: 18);
        await harness.AddMeterAsync("BUS-C", 30m, port: 5000, hdlcAddress: 19);
        await harness.AddMeterAsync("SOLO", 40m, port: 5001);

        var reports = await ReadAllAsync(harness.Reads);

        Assert.Equal(4, reports.Count);
        Assert.All(reports, r => Assert.Equal(ReadStatus.Ok, r.Status));
        var busOpens = harness.Driver.Opens.Where(o => o.Channel == new ChannelIdentity("tcp:127.0.0.1:5000")).ToList();
        Assert.Single(busOpens);
        var busReads = harness.Driver.Reads.Where(r => r.Serial.StartsWith("BUS", StringComparison.Ordinal)).ToList();
        Assert.Equal(["BUS-A", "BUS-B", "BUS-C"], busReads.Select(r => r.Serial));
        Assert.All(busReads, r => Assert.Equal(busOpens[0].ConnectionId, r.ConnectionId));
        Assert.Equal(1, harness.Driver.MaxConnectionsOnOneChannel);
        Assert.Equal(0, harness.Driver.OpenConnections);
    }

    [Fact]
    public async Task ChannelsRunInParallelUpToTheLimit()
    {
        await using var harness = await CoreHarness.StartAsync(options: new MeterExchangeOptions { MaxParallelChannels = 2 });
        for (var i = 0; i < 6; i++)
        {
            var meter = await harness.AddMeterAsync($"P{i}", 10m, port: 6000 + i);
            meter.ReadDelay = TimeSpan.FromMilliseconds(100);
        }

        var reports = await ReadAllAsync(harness.Reads);

        Assert.Equal(6, reports.Count);
        Assert.Equal(2, harness.Driver.MaxOpenChannels);
    }

    [Fact]
    public async Task FailingMetersDoNotStallOthers()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-04T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var options = new MeterExchangeOptions { MaxParallelChannels = 8, MeterDeadline = TimeSpan.FromSeconds(60) };
        await using var harness = await CoreHarness.StartAsync(time, options, exchangeTimeout: TimeSpan.FromSeconds(5));
        await harness.AddMeterAsync("DEAD-1", 1m, port: 7001, hdlcAddress: 17);
        await harness.AddMeterAsync("DEAD-2", 1m, port: 7001, hdlcAddress: 18);
        (await harness.AddMeterAsync("SILENT", 1m, port: 7002)).Silent = true;
        (await harness.AddMeterAsync("STUCK", 1m, port: 7003, hdlcAddress: 17)).Hangs = true;
        await harness.AddMeterAsync("STUCK-THEN", 1m, port: 7003, hdlcAddress: 18);
        await harness.AddMeterAsync("OK-1", 1m, port: 7004, hdlcAddress: 17);
        await harness.AddMeterAsync("OK-2", 1m, port: 7004, hdlcAddress: 18);
        harness.Driver.DeadChannels[new ChannelIdentity("tcp:127.0.0.1:7001")] = true;

        var reports = new System.Collections.Concurrent.ConcurrentDictionary<string, MeterReadReport>();
        var reading = Task.Run(async () =>
        {
            await foreach (var report in harness.Reads.ReadAllAsync(default))
            {
                reports[report.Serial] = report;
            }
        });

        await WaitUntilAsync(() => reports.ContainsKey("OK-1") && reports.ContainsKey("OK-2"));
        Assert.True(reports.Count == 2, string.Join(", ", reports.Select(r => $"{r.Key}: {r.Value.Snapshot.Error}")));

        time.Advance(TimeSpan.FromSeconds(5));
        await WaitUntilAsync(() => reports.ContainsKey("DEAD-1") && reports.ContainsKey("DEAD-2"));
        Assert.Equal(MeterFailureKind.ConnectionFailed, reports["DEAD-1"].Snapshot.FailureKind);
        Assert.Equal("connection to 127.0.0.1:7001 failed: timed out", reports["DEAD-2"].Snapshot.Error);

        time.Advance(TimeSpan.FromSeconds(10));
        await WaitUntilAsync(() => reports.ContainsKey("SILENT"));
        Assert.Equal("timed out after 3 attempts", reports["SILENT"].Snapshot.Error);
        Assert.False(reports.ContainsKey("STUCK"));

        time.Advance(TimeSpan.FromSeconds(45));
        await reading.WaitAsync(Patience);
        Assert.Equal("timed out: no result within 60 s", reports["STUCK"].Snapshot.Error);
        Assert.Equal(ReadStatus.Ok, reports["STUCK-THEN"].Status);
        Assert.Equal(7, reports.Count);
        Assert.Equal(0, harness.Driver.OpenConnections);
    }

    [Fact]
    public async Task CancellationEndsReadAndClosesConnections()
    {
        await using var harness = await CoreHarness.StartAsync();
        (await harness.AddMeterAsync("STUCK-1", 1m, port: 7101)).Hangs = true;
        (await harness.AddMeterAsync("STUCK-2", 1m, port: 7102)).Hangs = true;
        await harness.AddMeterAsync("FINE", 1m, port: 7103);
        using var cancel = new CancellationTokenSource();
        var finished = new List<MeterReadReport>();

        var reading = Task.Run(async () =>
        {
            await foreach (var report in harness.Reads.ReadAllAsync(cancel.Token))
            {
                finished.Add(report);
                await cancel.CancelAsync();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading.WaitAsync(Patience));
        Assert.Equal("FINE", Assert.Single(finished).Serial);
        Assert.Equal(0, harness.Driver.OpenConnections);
    }

    [Fact]
    public async Task EachResultIsStoredWithStatus()
    {
        await using var harness = await CoreHarness.StartAsync();
        await harness.AddMeterAsync("GOOD", 12.34m, port: 7201);
        (await harness.AddMeterAsync("QUIET", 1m, port: 7202)).Silent = true;

        await ReadAllAsync(harness.Reads);

        var latest = await harness.Snapshots.GetLatestAllAsync(default);
        Assert.Equal(ReadStatus.Ok, latest["GOOD"].Status);
        Assert.Equal(12.34m, latest["GOOD"].Reading!.Balance);
        Assert.Equal(ReadStatus.Failed, latest["QUIET"].Status);
        Assert.Equal("timed out after 3 attempts", latest["QUIET"].Error);
        Assert.Null(latest["QUIET"].Reading);
        Assert.Equal("timed out after 3 attempts", latest["QUIET"].StatusText(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("OK", latest["GOOD"].StatusText(System.Globalization.CultureInfo.GetCultureInfo("uk")));
    }

    [Fact]
    public async Task ProgressCountsEveryMeterOnce()
    {
        await using var harness = await CoreHarness.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            await harness.AddMeterAsync($"M{i}", i, port: 7300 + (i % 2), hdlcAddress: 17 + i);
        }

        var seen = new List<MeterReadReport>();
        var progress = new SynchronousProgress<MeterReadReport>(seen.Add);
        var reports = await harness.Reads.ReadAsync(["M0", "M1", "M2", "M3", "M4", "GHOST"], progress, default);

        Assert.Equal(6, reports.Count);
        Assert.Equal([1, 2, 3, 4, 5, 6], seen.Select(r => r.Completed));
        Assert.All(seen, r => Assert.Equal(6, r.Total));
        Assert.Equal("not in the register", reports.Single(r => r.Serial == "GHOST").Snapshot.Error);
        Assert.Equal(5, reports.Count(r => r.Status == ReadStatus.Ok));
    }

    private static async Task<List<MeterReadReport>> ReadAllAsync(ReadService service)
    {
        var reports = new List<MeterReadReport>();
        await foreach (var report in service.ReadAllAsync(default))
        {
            reports.Add(report);
        }

        return reports;
    }

    /// <summary>Polls a condition that background continuations make true after fake time moves.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not become true in time.");
            await Task.Delay(10);
        }
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
