using System.Net;
using OpenPrepaid.Web.Identity;
using OpenPrepaid.Web.Tests.Support;

namespace OpenPrepaid.Web.Tests.Api;

public sealed class ApiKeyApiTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    [Fact]
    public async Task CreatedKeyWorksUntilRevoked()
    {
        var admin = await server.ClientAsync(Roles.Administrator);

        using var created = await admin.PostAsync("/api/api-keys", new { name = "billing system", role = Roles.Cashier });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await Json.ReadAsync(created);
        var key = body.GetProperty("key").GetString()!;
        var id = body.GetProperty("id").GetGuid();
        Assert.StartsWith("opk_", key);

        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var allowed = await client.GetAsync("/api/meters");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);

        using var list = await admin.GetAsync("/api/api-keys");
        var listed = (await Json.ReadAsync(list)).EnumerateArray().Single(k => k.GetProperty("id").GetGuid() == id);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, listed.GetProperty("key").ValueKind);

        using var revoked = await admin.DeleteAsync($"/api/api-keys/{id}");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        using var refused = await client.GetAsync("/api/meters");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task AlteredKeyIsUnauthorized()
    {
        var admin = await server.ClientAsync(Roles.Administrator);
        using var created = await admin.PostAsync("/api/api-keys", new { name = "to alter", role = Roles.Viewer });
        var key = (await Json.ReadAsync(created)).GetProperty("key").GetString()!;
        var altered = key[..^1] + (key[^1] == 'A' ? 'B' : 'A');

        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", altered);
        using var response = await client.GetAsync("/api/meters");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UnknownRoleIsBadRequestListingRoles()
    {
        var admin = await server.ClientAsync(Roles.Administrator);

        using var response = await admin.PostAsync("/api/api-keys", new { name = "x", role = "owner" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("viewer, cashier, engineer, administrator", (await Json.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task EngineerCannotManageKeys()
    {
        var engineer = await server.ClientAsync(Roles.Engineer);

        using var response = await engineer.GetAsync("/api/api-keys");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocumentDescribesEndpointsAndKeyScheme()
    {
        var anonymous = await server.ClientAsync(null);

        using var response = await anonymous.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Json.ReadAsync(response);
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/meters", "/api/meters/import", "/api/read-jobs", "/api/read-jobs/{id}/result", "/api/snapshots", "/api/charges/prepare", "/api/charges/confirm", "/api/charges/{id}", "/api/profiles", "/api/settings-writes", "/api/journal" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"the document has no path {path}");
        }

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
    }
}
