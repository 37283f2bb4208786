using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Simulator.Faults;
using OpenPrepaid.Simulator.Fleet;
using OpenPrepaid.Simulator.Tests.Support;

namespace OpenPrepaid.Simulator.Tests.Fleet;

/// <summary>Fleet planning, hosting and the fleet file.</summary>
public class SimulatedFleetTests
{
    [Fact]
    public void PlansAreDeterministicPerSeed()
    {
        var first = FleetPlanner.Plan(new SimulatedFleetOptions { MeterCount = 16, Seed = 42 });
        var again = FleetPlanner.Plan(new SimulatedFleetOptions { MeterCount = 16, Seed = 42 });
        var other = FleetPlanner.Plan(new SimulatedFleetOptions { MeterCount = 16, Seed = 43 });

        Assert.Equal(first.Select(Describe), again.Select(Describe));
        Assert.Equal(first.Select(plan => plan.SerialNumber), other.Select(plan => plan.SerialNumber));
        Assert.All(first.Zip(other), pair => Assert.NotEqual(pair.First.Password, pair.Second.Password));
        Assert.All(first.Zip(other), pair => Assert.False(pair.First.TopUpKey.Span.SequenceEqual(pair.Second.TopUpKey.Span)));
        Assert.Equal("SIM00001", first[0].SerialNumber);
        Assert.Equal("SIM00016", first[^1].SerialNumber);
        Assert.All(first, plan => Assert.Equal(32, plan.TopUpKey.Length));
        Assert.All(first, plan => Assert.Matches("^[a-zA-Z2-9]{10}$", plan.Password));
        Assert.Equal(16, first.Select(plan => plan.Password).Distinct().Count());
    }

    [Fact]
    public void PlansVaryStartingStates()
    {
        var plans = FleetPlanner.Plan(new SimulatedFleetOptions { MeterCount = 8, Seed = 3 });

        Assert.Equal([6, 6, 6, 1, 2, 6, 4, 5], plans.Select(plan => (int)plan.ControlMode));
        Assert.InRange(plans[2].InitialBalance, 50, 300);
        Assert.Equal(0, plans[2].CreditLimit);
        Assert.True(plans[4].NoSwitchOffOnSaturday);
        Assert.True(plans[4].NoSwitchOffOnSunday);
        Assert.Equal(3_000u, plans[6].PowerLimitWatts);
        Assert.Equal(-5_000, plans[7].CreditLimit);
        Assert.All(plans.Where(plan => plan.Index is not (2 or 7)), plan => Assert.InRange(plan.InitialBalance, 20_000, 300_000));
        Assert.True(plans.Select(plan => plan.InitialBalance).Distinct().Count() >= 7);
    }

    [Fact]
    public async Task FleetFileListsReachableMeters()
    {
        await using var fleet = await TestFleets.StartAsync(TestFleets.Options(new FakeTimeProvider(TestFleets.Monday), meters: 4));
        var path = Path.Combine(Path.GetTempPath(), $"fleet-{Guid.NewGuid():N}.json");
        try
        {
            await fleet.WriteFleetFileAsync(path);
            var entries = await FleetFile.ReadAsync(path);
            var json = await File.ReadAllTextAsync(path);

            Assert.Equal(4, entries.Count);
            Assert.Equal(4, entries.Select(entry => entry.Port).Distinct().Count());
            Assert.Contains("\"hdlcAddress\": null", json, StringComparison.Ordinal);
            Assert.Contains("\"tokenKey\"", json, StringComparison.Ordinal);
            foreach (var (entry, meter) in entries.Zip(fleet.Meters))
            {
                Assert.Equal(new FleetFileEntry(meter.SerialNumber, "OpenPrepaid SIM-1", "127.0.0.1", meter.Port, null, 1, meter.Password, Convert.ToHexString(meter.TopUpKey.Span)), entry);
                await using var client = await MeterClients.OpenAsync(meter);
                Assert.Equal(new VisibleStringData(entry.Serial), await client.GetAsync(Obis.Attribute("serial-number", 2)));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task LinesGroupMetersByAddress()
    {
        await using var fleet = await TestFleets.StartAsync(TestFleets.Options(new FakeTimeProvider(TestFleets.Monday), meters: 5) with { MetersPerLine = 2 });

        var entries = FleetFile.Describe(fleet.Meters);

        Assert.Equal([16, 17, 16, 17, 16], entries.Select(entry => entry.HdlcAddress!.Value));
        Assert.Equal(3, entries.Select(entry => entry.Port).Distinct().Count());
        Assert.Equal(entries[0].Port, entries[1].Port);
        Assert.Equal([0, 0, 1, 1, 2], fleet.Meters.Select(meter => meter.Line!.Value));
    }

    [Fact]
    public async Task BasePortGivesConsecutivePorts()
    {
        var basePort = FreePortRange(3);
        await using var fleet = await TestFleets.StartAsync(TestFleets.Options(new FakeTimeProvider(TestFleets.Monday), meters: 3) with { BasePort = basePort });

        Assert.Equal([basePort, basePort + 1, basePort + 2], fleet.Meters.Select(meter => meter.Port));
    }

    [Fact]
    public async Task PortInUseFailsAndReleasesOthers()
    {
        var basePort = FreePortRange(3);
        using var blocker = new TcpListener(IPAddress.Loopback, basePort + 2);
        blocker.Start();
        await using var fleet = new SimulatedFleet(TestFleets.Options(new FakeTimeProvider(TestFleets.Monday), meters: 3) with { BasePort = basePort });

        var error = await Assert.ThrowsAsync<IOException>(() => fleet.StartAsync());
        using var probe = new TcpListener(IPAddress.Loopback, basePort);
        probe.Start();

        Assert.Contains($"127.0.0.1:{basePort + 2}", error.Message, StringComparison.Ordinal);
        Assert.False(fleet.IsRunning);
        probe.Stop();
    }

    [Fact]
    public async Task StoppedFleetRefusesConnections()
    {
        var fleet = await TestFleets.StartAsync(TestFleets.Options(new FakeTimeProvider(TestFleets.Monday)));
        var port = fleet.Meters[0].Port;

        await fleet.StopAsync();
        await fleet.DisposeAsync();

        await Assert.ThrowsAnyAsync<DlmsTransportException>(() => Dlms.Transport.TcpConnector.ConnectAsync("127.0.0.1", port, TimeSpan.FromSeconds(2), CancellationToken.None));
    }

    [Fact]
    public async Task DemoFleetStartsInVariedStates()
    {
        await using var fleet = new SimulatedFleet(SimulatedFleetOptions.Demo() with { TimeProvider = new FakeTimeProvider(TestFleets.Monday) });
        var snapshots = fleet.Meters.Select(meter => meter.Meter.Snapshot()).ToList();

        Assert.Equal(25, fleet.Meters.Count);
        Assert.False(snapshots[8].OutputState);
        Assert.Equal(ControlState.Disconnected, snapshots[8].ControlState);
        Assert.Equal([FaultRule.Slow(TimeSpan.FromMilliseconds(1500))], fleet["SIM00014"].Faults.Pending);
        Assert.Equal([FaultRule.Dead], fleet["SIM00021"].Faults.Pending);
        Assert.True(snapshots.Count(snapshot => snapshot.Balance < 5_000) >= 3);
        Assert.Equal(5, snapshots.Select(snapshot => snapshot.ControlMode).Distinct().Count());
        Assert.Equal(24, snapshots.Count(snapshot => snapshot.OutputState));
        Assert.Equal(3, snapshots.Count(snapshot => snapshot.Balance < 0));
    }

    [Fact]
    public async Task UnknownSerialInFaultsChangesNothing()
    {
        await using var fleet = new SimulatedFleet(TestFleets.Options(new FakeTimeProvider(TestFleets.Monday), meters: 2));

        var error = Assert.Throws<FaultSpecException>(() => fleet.ApplyFaults(FaultPlan.Parse("SIM00001=dead,SIM00005=corrupt")));
        fleet.ApplyFaults(FaultPlan.Parse("*=corrupt:2"));

        Assert.Equal("SIM00005", error.Token);
        Assert.Equal([new FaultRule(FaultKind.CorruptAnswer, 2)], fleet["SIM00001"].Faults.Pending);
        Assert.Equal([new FaultRule(FaultKind.CorruptAnswer, 2)], fleet["SIM00002"].Faults.Pending);
    }

    private static string Describe(FleetMeterPlan plan) =>
        $"{plan.SerialNumber} {plan.Password} {Convert.ToHexString(plan.TopUpKey.Span)} {plan.Seed} {plan.InitialBalance} {plan.ControlMode} {plan.Note}";

    /// <summary>Finds a port such that it and the next ones are free now, by binding and releasing them.</summary>
    private static int FreePortRange(int count)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var first = new TcpListener(IPAddress.Loopback, 0);
            first.Start();
            var port = ((IPEndPoint)first.LocalEndpoint).Port;
            first.Stop();
            if (port + count - 1 > ushort.MaxValue)
            {
                continue;
            }

            var listeners = new List<TcpListener>();
            try
            {
                for (var i = 0; i < count; i++)
                {
                    var listener = new TcpListener(IPAddress.Loopback, port + i);
                    listener.Start();
                    listeners.Add(listener);
                }

                return port;
            }
            catch (SocketException)
            {
                // One of the next ports is taken; try another range.
            }
            finally
            {
                listeners.ForEach(listener => listener.Stop());
            }
        }

        throw new InvalidOperationException("No range of free ports found on 127.0.0.1.");
    }
}
