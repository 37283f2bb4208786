using System.Net;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Web.Identity;
using OpenPrepaid.Web.Tests.Support;

namespace OpenPrepaid.Web.Tests.Api;

public sealed class ReadJobApiTests(WebServerFixture server) : IClassFixture<WebServerFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        if (!server.Fleet.Contains("READ-1"))
        {
            await server.AddMeterAsync("READ-1", 120.5m);
            await server.AddMeterAsync("READ-2", -3m);
            var broken = await server.AddMeterAsync("READ-3", 0m);
            broken.Failure = (MeterFailureKind.AssociationRejected, "association rejected: wrong password");
        }

        server.Fleet.ReadDelay = TimeSpan.FromMilliseconds(20);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReadAllJobReportsEveryMeter()
    {
        var viewer = await server.ClientAsync(Roles.Viewer);

        using var started = await viewer.PostAsync("/api/read-jobs", new { all = true });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.OriginalString;
        var job = await Json.PollJobAsync(viewer, location);
        using var result = await viewer.GetAsync(location + "/result");

        Assert.Equal("Completed", job.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        var results = (await Json.ReadAsync(result)).GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("serial").GetString()!);
        Assert.Equal(3, results.Count);
        Assert.Equal("OK", results["READ-1"].GetProperty("statusText").GetString());
        Assert.Equal(120.5m, results["READ-1"].GetProperty("reading").GetProperty("balance").GetDecimal());
        Assert.Equal(-3m, results["READ-2"].GetProperty("reading").GetProperty("balance").GetDecimal());
        Assert.Equal("Failed", results["READ-3"].GetProperty("status").GetString());
        Assert.Equal("association rejected: wrong password", results["READ-3"].GetProperty("statusText").GetString());
        Assert.Equal("AssociationRejected", results["READ-3"].GetProperty("failureKind").GetString());
    }

    [Fact]
    public async Task SelectedJobReadsOnlyListedMeters()
    {
        var viewer = await server.ClientAsync(Roles.Viewer);

        using var started = await viewer.PostAsync("/api/read-jobs", new { serials = new[] { "READ-2", "NOT-REGISTERED" } });
        var job = await Json.PollJobAsync(viewer, started.Headers.Location!.OriginalString);

        var results = job.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("serial").GetString()!);
        Assert.Equal(2, job.GetProperty("total").GetInt32());
        Assert.Equal(new[] { "NOT-REGISTERED", "READ-2" }, results.Keys.Order().ToArray());
        Assert.Equal("not in the register", results["NOT-REGISTERED"].GetProperty("error").GetString());
    }

    [Fact]
    public async Task CancelStopsRunningJob()
    {
        server.Fleet.ReadDelay = TimeSpan.FromSeconds(5);
        var viewer = await server.ClientAsync(Roles.Viewer);
        using var started = await viewer.PostAsync("/api/read-jobs", new { all = true });
        var location = started.Headers.Location!.OriginalString;

        using var early = await viewer.GetAsync(location + "/result");
        using var cancel = await viewer.DeleteAsync(location);
        var job = await Json.PollJobAsync(viewer, location);

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains(location, (await Json.ReadAsync(early)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        Assert.Equal("Cancelled", job.GetProperty("state").GetString());
    }

    [Fact]
    public async Task RequestNamingNoMetersIsBadRequest()
    {
        var viewer = await server.ClientAsync(Roles.Viewer);

        using var response = await viewer.PostAsync("/api/read-jobs", new { serials = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"all\": true", (await Json.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task UnknownJobIsNotFound()
    {
        var viewer = await server.ClientAsync(Roles.Viewer);

        using var response = await viewer.GetAsync($"/api/read-jobs/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SnapshotsShowLatestReadPerMeter()
    {
        var viewer = await server.ClientAsync(Roles.Viewer);
        using var started = await viewer.PostAsync("/api/read-jobs", new { serials = new[] { "READ-1", "READ-3" } });
        await Json.PollJobAsync(viewer, started.Headers.Location!.OriginalString);

        using var all = await viewer.GetAsync("/api/snapshots");
        using var one = await viewer.GetAsync("/api/snapshots/READ-1");
        using var history = await viewer.GetAsync("/api/meters/READ-1/snapshots");
        using var none = await viewer.GetAsync("/api/snapshots/NOPE");

        var latest = (await Json.ReadAsync(all)).EnumerateArray().Select(s => s.GetProperty("serial").GetString()).ToList();
        Assert.Contains("READ-1", latest);
        Assert.Contains("READ-3", latest);
        var snapshot = await Json.ReadAsync(one);
        Assert.Equal("Ok", snapshot.GetProperty("status").GetString());
        Assert.Equal(23.5m, snapshot.GetProperty("reading").GetProperty("temperatureCelsius").GetDecimal());
        Assert.NotEmpty((await Json.ReadAsync(history)).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }
}
