using System.Net;
using OpenPrepaid.Web.Identity;
using OpenPrepaid.Web.Tests.Support;

namespace OpenPrepaid.Web.Tests.Api;

public sealed class ProfileApiTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    [Fact]
    public async Task ProfileIsCreatedReadEditedAndRemoved()
    {
        var engineer = await server.ClientAsync(Roles.Engineer);

        using var created = await engineer.PostAsync("/api/profiles", ProfileBodies.Profile("Market day"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var profile = await Json.ReadAsync(created);
        var id = profile.GetProperty("id").GetGuid();
        Assert.Equal("Balance, EnergyTotal, Clock", profile.GetProperty("settings").GetProperty("display").GetProperty("items").GetString());

        var viewer = await server.ClientAsync(Roles.Viewer);
        using var list = await viewer.GetAsync("/api/profiles");
        Assert.Contains((await Json.ReadAsync(list)).EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);

        using var edited = await engineer.PutAsync($"/api/profiles/{id}", ProfileBodies.Profile("Market night", tariff1: 3.1234m));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        using var fetched = await viewer.GetAsync($"/api/profiles/{id}");
        var saved = await Json.ReadAsync(fetched);
        Assert.Equal("Market night", saved.GetProperty("name").GetString());
        Assert.Equal(3.1234m, saved.GetProperty("settings").GetProperty("prices").GetProperty("tariff1").GetDecimal());

        using var removed = await engineer.DeleteAsync($"/api/profiles/{id}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        using var gone = await viewer.GetAsync($"/api/profiles/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task PriceOutOfRangeNamesRange()
    {
        var engineer = await server.ClientAsync(Roles.Engineer);

        using var response = await engineer.PostAsync("/api/profiles", ProfileBodies.Profile("Too dear", tariff1: 100_001m));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = (await Json.ReadAsync(response)).GetProperty("detail").GetString()!;
        Assert.Contains("Price for tariff 1", detail);
        Assert.Contains("100,001", detail);
        Assert.Contains("0 to 100,000", detail);
    }

    [Fact]
    public async Task TakenNameIsConflict()
    {
        var engineer = await server.ClientAsync(Roles.Engineer);
        using var first = await engineer.PostAsync("/api/profiles", ProfileBodies.Profile("Same name"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var second = await engineer.PostAsync("/api/profiles", ProfileBodies.Profile("same NAME"));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("ProfileNameTaken", (await Json.ReadAsync(second)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task CashierCannotCreateProfiles()
    {
        var cashier = await server.ClientAsync(Roles.Cashier);

        using var response = await cashier.PostAsync("/api/profiles", ProfileBodies.Profile("Cashier's"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("engineer", (await Json.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task MissingSettingsIsBadRequest()
    {
        var engineer = await server.ClientAsync(Roles.Engineer);

        using var response = await engineer.PostAsync("/api/profiles", new { name = "Empty" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("settings", (await Json.ReadAsync(response)).GetProperty("detail").GetString());
    }
}
