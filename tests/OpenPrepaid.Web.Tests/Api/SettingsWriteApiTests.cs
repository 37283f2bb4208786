using System.Net;
using OpenPrepaid.Web.Identity;
using OpenPrepaid.Web.Tests.Support;

namespace OpenPrepaid.Web.Tests.Api;

public sealed class SettingsWriteApiTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    [Fact]
    public async Task WriteReportsEachMeterAndMismatchedField()
    {
        var good = await server.AddMeterAsync("SW-1", 10m);
        var stubborn = await server.AddMeterAsync("SW-2", 10m);
        stubborn.IgnoresTariff4Price = true;
        var engineer = await server.ClientAsync(Roles.Engineer);
        using var created = await engineer.PostAsync("/api/profiles", ProfileBodies.Profile("Write test", tariff1: 6.25m, tariff4: 1.5m));
        var profileId = (await Json.ReadAsync(created)).GetProperty("id").GetGuid();

        using var started = await engineer.PostAsync("/api/settings-writes", new { profileId, meters = new[] { "SW-1", "SW-2" } });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var job = await Json.PollJobAsync(engineer, started.Headers.Location!.OriginalString);

        Assert.Equal("Completed", job.GetProperty("state").GetString());
        var results = job.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("serial").GetString()!);
        Assert.Equal("Written", results["SW-1"].GetProperty("status").GetString());
        Assert.Equal("Incomplete", results["SW-2"].GetProperty("status").GetString());
        var mismatch = Assert.Single(results["SW-2"].GetProperty("mismatches").EnumerateArray());
        Assert.Equal("PriceTariff4", mismatch.GetProperty("field").GetString());
        Assert.Equal(1.5m, mismatch.GetProperty("expected").GetDecimal());
        Assert.Equal(0m, mismatch.GetProperty("actual").GetDecimal());
        Assert.Equal(6.25m, good.Settings.Prices!.Tariff1);
        Assert.True(good.Settings.NoSwitchOffOnSunday);
    }

    [Fact]
    public async Task UnknownProfileIsNotFound()
    {
        var engineer = await server.ClientAsync(Roles.Engineer);

        using var response = await engineer.PostAsync("/api/settings-writes", new { profileId = Guid.NewGuid(), meters = new[] { "SW-1" } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ViewerCannotWriteSettings()
    {
        var viewer = await server.ClientAsync(Roles.Viewer);

        using var response = await viewer.PostAsync("/api/settings-writes", new { profileId = Guid.NewGuid(), meters = new[] { "SW-1" } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task WriteWithoutMetersIsBadRequest()
    {
        var engineer = await server.ClientAsync(Roles.Engineer);

        using var response = await engineer.PostAsync("/api/settings-writes", new { profileId = Guid.NewGuid(), meters = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("meters", (await Json.ReadAsync(response)).GetProperty("detail").GetString());
    }
}
