using System.Diagnostics;
using System.Net;
using System.Text.Json;
using OpenPrepaid.Simulator.Fleet;
using OpenPrepaid.Web.Identity;
using OpenPrepaid.Web.Tests.Support;

namespace OpenPrepaid.Web.Tests.Demo;

/// <summary>The server started with no configuration: the demo fleet over the real DLMS driver, seen through the API.</summary>
public sealed class DemoApiTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string DeadMeter = "SIM00021";

    [Fact]
    public async Task RegisterHoldsDemoMetersAtFleetPorts()
    {
        var viewer = await server.ClientAsync(Roles.Viewer);

        using var response = await viewer.GetAsync("/api/meters");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var meters = (await Json.ReadAsync(response)).EnumerateArray().ToDictionary(meter => meter.GetProperty("serial").GetString()!);
        var fleet = server.Factory.Fleet;
        Assert.Equal(fleet.Meters.Select(meter => meter.SerialNumber).Order(), meters.Keys.Order());
        Assert.Equal(25, meters.Count);
        foreach (var meter in fleet.Meters)
        {
            var registered = meters[meter.SerialNumber];
            Assert.Equal("127.0.0.1", registered.GetProperty("host").GetString());
            Assert.Equal(meter.Port, registered.GetProperty("port").GetInt32());
            Assert.Equal(FleetFile.ManagementClientSap, registered.GetProperty("clientSap").GetInt32());
            Assert.True(registered.GetProperty("hasPassword").GetBoolean(), $"{meter.SerialNumber} has no password");
            Assert.StartsWith("demo", registered.GetProperty("memo").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal("demo", meters["SIM00001"].GetProperty("memo").GetString());
        Assert.Equal("demo: near the switch-off threshold", meters["SIM00003"].GetProperty("memo").GetString());
        Assert.Equal("demo: relay open", meters["SIM00009"].GetProperty("memo").GetString());
        Assert.Equal("demo: slow, responds after 1.5 s", meters["SIM00014"].GetProperty("memo").GetString());
        Assert.Equal("demo: dead, no response", meters[DeadMeter].GetProperty("memo").GetString());
    }

    [Fact]
    public async Task ReadAllReturnsMetersOwnBalances()
    {
        var viewer = await server.ClientAsync(Roles.Viewer);
        var watch = Stopwatch.StartNew();

        var results = await ReadAsync(viewer, new { all = true });

        var elapsed = watch.Elapsed;
        Assert.Equal(25, results.Count);
        var dead = results[DeadMeter];
        Assert.Equal("Failed", dead.GetProperty("status").GetString());
        Assert.Equal("TimedOut", dead.GetProperty("failureKind").GetString());
        Assert.StartsWith("timed out", dead.GetProperty("statusText").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, dead.GetProperty("reading").ValueKind);

        // The meters' clocks do not move (fake clock), so each meter's state now is the state that was read.
        foreach (var meter in server.Factory.Fleet.Meters.Where(meter => meter.SerialNumber != DeadMeter))
        {
            var result = results[meter.SerialNumber];
            var state = meter.Meter.Snapshot();
            var reading = result.GetProperty("reading");
            Assert.Equal("OK", result.GetProperty("statusText").GetString());
            Assert.Equal(state.Balance / 100m, reading.GetProperty("balance").GetDecimal());
            Assert.Equal(state.OutputState, reading.GetProperty("relayConnected").GetBoolean());
        }

        Assert.False(results["SIM00009"].GetProperty("reading").GetProperty("relayConnected").GetBoolean());

        // The dead meter takes two attempts of 2.5 s each, and the slow one about 1.5 s per request.
        Assert.InRange(elapsed, TimeSpan.FromSeconds(4.5), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task MeterClocksRunSixtyTimesFaster()
    {
        var viewer = await server.ClientAsync(Roles.Viewer);
        var meter = server.Factory.Fleet["SIM00002"];
        var before = (await ReadAsync(viewer, new { serials = new[] { meter.SerialNumber } }))[meter.SerialNumber].GetProperty("reading");
        var simulatedBefore = meter.Meter.SimulatedAt;

        server.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var after = (await ReadAsync(viewer, new { serials = new[] { meter.SerialNumber } }))[meter.SerialNumber].GetProperty("reading");

        var state = meter.Meter.Snapshot();
        Assert.Equal(TimeSpan.FromHours(1), state.SimulatedAt - simulatedBefore);
        Assert.Equal(state.Balance / 100m, after.GetProperty("balance").GetDecimal());
        Assert.True(
            after.GetProperty("balance").GetDecimal() < before.GetProperty("balance").GetDecimal(),
            $"the balance did not fall in a simulated hour: {before.GetProperty("balance")} then {after.GetProperty("balance")}");
        Assert.True(after.GetProperty("energyTotalKwh").GetDecimal() > before.GetProperty("energyTotalKwh").GetDecimal());
    }

    [Fact]
    public async Task DemoProfilesAreSaved()
    {
        var viewer = await server.ClientAsync(Roles.Viewer);

        using var response = await viewer.GetAsync("/api/profiles");

        var names = (await Json.ReadAsync(response)).EnumerateArray().Select(profile => profile.GetProperty("name").GetString()).Order().ToList();
        Assert.Equal(["Night saver", "Standard day/night"], names);
    }

    /// <summary>Runs a read job to its end and returns the results by serial number.</summary>
    private static async Task<Dictionary<string, JsonElement>> ReadAsync(HttpClient client, object request)
    {
        using var started = await client.PostAsync("/api/read-jobs", request);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.OriginalString;
        var job = await Json.PollJobAsync(client, location, TimeSpan.FromSeconds(30));
        Assert.Equal("Completed", job.GetProperty("state").GetString());

        using var result = await client.GetAsync(location + "/result");
        return (await Json.ReadAsync(result)).GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("serial").GetString()!);
    }
}
