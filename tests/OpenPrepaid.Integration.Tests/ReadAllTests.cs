using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using OpenPrepaid.Core.Channels;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Integration.Tests.Support;
using OpenPrepaid.Meters.Driver;
using OpenPrepaid.Simulator.Faults;
using OpenPrepaid.Simulator.Fleet;

namespace OpenPrepaid.Integration.Tests;

/// <summary>Read all over fleets with dead, slow, garbling and silent meters: every meter gets its status in words, in bounded time.</summary>
public class ReadAllTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FaultyFleetGetsStatusesInBoundedTime()
    {
        var fleetOptions = new SimulatedFleetOptions
        {
            MeterCount = 8,
            Seed = 31,
            TimeProvider = new FakeTimeProvider(Start),
            Customize = plan => plan.Index switch
            {
                2 => plan with { Dead = true },
                3 => plan with { ResponseDelay = TimeSpan.FromMilliseconds(250) },
                4 => plan with { ResponseDelay = TimeSpan.FromSeconds(2) },
                _ => plan,
            },
        };
        await using var fleet = new SimulatedFleet(fleetOptions);
        fleet.Meters[5].Faults.Add(new FaultRule(FaultKind.CorruptAnswer, times: null));
        await fleet.StartAsync();
        await using var product = await ProductHost.StartAsync(
            new DlmsMeterDriverOptions { ResponseTimeout = TimeSpan.FromMilliseconds(800), Retries = 1 },
            new MeterExchangeOptions { MaxParallelChannels = 16, MeterDeadline = TimeSpan.FromSeconds(20) });
        foreach (var meter in fleet.Meters.Where(meter => meter.Plan.Index != 6))
        {
            await product.RegisterAsync(meter);
        }

        var wrongPassword = fleet.Meters[6];
        await product.RegisterAsync(wrongPassword.SerialNumber, wrongPassword.Port, null, "not-the-password", wrongPassword.TopUpKey.ToArray());
        var closedPort = await ClosedPortAsync();
        await product.RegisterAsync("SIM00099", closedPort, null, "password", new byte[32]);

        var watch = Stopwatch.StartNew();
        var reports = new List<MeterReadReport>();
        await foreach (var report in product.Reads.ReadAllAsync(CancellationToken.None))
        {
            reports.Add(report);
        }

        var elapsed = watch.Elapsed;
        var bySerial = reports.ToDictionary(report => report.Serial, report => report.Snapshot);
        Assert.Equal(Enumerable.Range(1, 9), reports.Select(report => report.Completed));
        Assert.All(reports, report => Assert.Equal(9, report.Total));
        Assert.InRange(elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(8));

        foreach (var index in new[] { 0, 1, 3, 7 })
        {
            var meter = fleet.Meters[index];
            var snapshot = bySerial[meter.SerialNumber];
            Assert.Equal("OK", snapshot.StatusText(CultureInfo.InvariantCulture));
            Assert.Equal(meter.Meter.Snapshot().Balance / 100m, snapshot.Reading!.Balance);
        }

        AssertFailed(bySerial[fleet.Meters[2].SerialNumber], MeterFailureKind.TimedOut, "timed out: ");
        AssertFailed(bySerial[fleet.Meters[4].SerialNumber], MeterFailureKind.TimedOut, "timed out: ");
        AssertFailed(bySerial[fleet.Meters[5].SerialNumber], MeterFailureKind.ProtocolError, "protocol error: ");
        AssertFailed(bySerial[wrongPassword.SerialNumber], MeterFailureKind.AssociationRejected, "association rejected: wrong password");
        AssertFailed(bySerial["SIM00099"], MeterFailureKind.ConnectionFailed, $"connection refused by 127.0.0.1:{closedPort}");

        var stored = await product.Snapshots.GetLatestAsync(fleet.Meters[5].SerialNumber, CancellationToken.None);
        Assert.Equal(bySerial[fleet.Meters[5].SerialNumber].Error, stored!.Error);
    }

    [Fact]
    public async Task LineWithSlowMetersIsReadWhole()
    {
        // Three meters on one HDLC line: B ignores its first SNRM and is read when it is repeated; C
        // pauses 3 s before the final frame of its response, which the 4 s per-frame timeout rides out.
        var fleetOptions = new SimulatedFleetOptions { MeterCount = 3, Seed = 41, MetersPerLine = 3, TimeProvider = new FakeTimeProvider(Start) };
        await using var fleet = new SimulatedFleet(fleetOptions);
        var (a, b, c) = (fleet.Meters[0], fleet.Meters[1], fleet.Meters[2]);
        b.Faults.Add(new FaultRule(FaultKind.IgnoreLinkSetup));
        var pause = new ScheduledFaults(c.Device);

        // Request 2 is the first GET-with-list of the snapshot, whose response spans several frames.
        pause.Arm(2, new ExchangeFault(ExchangeFaultKind.PauseBeforeFinalFrame, TimeSpan.FromSeconds(3)));
        await fleet.StartAsync();
        // A window of 7 lets C send every frame of its response but the last at once; the last comes after the pause.
        await using var product = await ProductHost.StartAsync(
            new DlmsMeterDriverOptions { ResponseTimeout = TimeSpan.FromSeconds(4), Retries = 2, HdlcWindowSize = 7 },
            new MeterExchangeOptions { MeterDeadline = TimeSpan.FromSeconds(30) });
        foreach (var meter in fleet.Meters)
        {
            await product.RegisterAsync(meter);
        }

        var watch = Stopwatch.StartNew();
        var finished = new List<(string Serial, TimeSpan At, MeterSnapshot Snapshot)>();
        await foreach (var report in product.Reads.ReadAllAsync(CancellationToken.None))
        {
            finished.Add((report.Serial, watch.Elapsed, report.Snapshot));
        }

        Assert.Equal([a.SerialNumber, b.SerialNumber, c.SerialNumber], finished.Select(item => item.Serial));
        Assert.All(finished, item => Assert.Equal(ReadStatus.Ok, item.Snapshot.Status));
        Assert.Equal(1, b.Faults.Injected);
        Assert.Equal(1, pause.Injected[ExchangeFaultKind.PauseBeforeFinalFrame]);
        Assert.InRange(finished[0].At, TimeSpan.Zero, TimeSpan.FromSeconds(2));

        // Reports arrive after their snapshots are stored, so the gaps between them can be a little shorter
        // than the 4 s SNRM timeout of B and the 3 s pause of C.
        Assert.InRange(finished[1].At - finished[0].At, TimeSpan.FromSeconds(3.5), TimeSpan.FromSeconds(7));
        Assert.InRange(finished[2].At - finished[1].At, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(6));
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
        foreach (var (meter, item) in fleet.Meters.Zip(finished))
        {
            Assert.Equal(meter.Meter.Snapshot().Balance / 100m, item.Snapshot.Reading!.Balance);
            Assert.Equal(meter.Meter.Snapshot().EnergyTotalWh / 1000m, item.Snapshot.Reading.EnergyTotalKwh);
        }
    }

    [Fact]
    public async Task SilentLineMeterDoesNotStopTheNext()
    {
        var fleetOptions = new SimulatedFleetOptions
        {
            MeterCount = 3,
            Seed = 43,
            MetersPerLine = 3,
            TimeProvider = new FakeTimeProvider(Start),
            Customize = plan => plan.Index == 1 ? plan with { Dead = true } : plan,
        };
        await using var fleet = new SimulatedFleet(fleetOptions);
        await fleet.StartAsync();
        await using var product = await ProductHost.StartAsync(
            new DlmsMeterDriverOptions { ResponseTimeout = TimeSpan.FromMilliseconds(700), Retries = 2 },
            new MeterExchangeOptions { MeterDeadline = TimeSpan.FromSeconds(30) });
        foreach (var meter in fleet.Meters)
        {
            await product.RegisterAsync(meter);
        }

        var watch = Stopwatch.StartNew();
        var reports = new List<MeterReadReport>();
        await foreach (var report in product.Reads.ReadAllAsync(CancellationToken.None))
        {
            reports.Add(report);
        }

        // SNRM to the silent meter goes out three times, 0.7 s apart: about 2.1 s in all.
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(6));
        Assert.Equal(ReadStatus.Ok, reports[0].Status);
        AssertFailed(reports[1].Snapshot, MeterFailureKind.TimedOut, "timed out: ");
        Assert.Equal(ReadStatus.Ok, reports[2].Status);
        Assert.Equal(fleet.Meters[2].Meter.Snapshot().Balance / 100m, reports[2].Snapshot.Reading!.Balance);
    }

    private static void AssertFailed(MeterSnapshot snapshot, MeterFailureKind kind, string text)
    {
        Assert.Equal(ReadStatus.Failed, snapshot.Status);
        Assert.Equal(kind, snapshot.FailureKind);
        Assert.StartsWith(text, snapshot.StatusText(CultureInfo.InvariantCulture));
        Assert.Null(snapshot.Reading);
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on: bound once by the system, then released.</summary>
    private static async Task<int> ClosedPortAsync()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await Task.Yield();
        return port;
    }
}
