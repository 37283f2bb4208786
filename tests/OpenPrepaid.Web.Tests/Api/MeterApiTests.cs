using System.Net;
using System.Text;
using OpenPrepaid.Web.Identity;
using OpenPrepaid.Web.Tests.Support;

namespace OpenPrepaid.Web.Tests.Api;

public sealed class MeterApiTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private const string Key = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    private static object Meter(string serial, int port = 4059, string memo = "flat 1") =>
        new { serial, model = "OpenPrepaid SIM-1", memo, host = "127.0.0.1", port, clientSap = 16, tokenKey = Key };

    [Fact]
    public async Task MeterIsAddedListedEditedAndRemoved()
    {
        var admin = await server.ClientAsync(Roles.Administrator);

        using var added = await admin.PostAsync("/api/meters", Meter("API-M1"));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("/api/meters/API-M1", added.Headers.Location?.OriginalString);
        var body = await Json.ReadAsync(added);
        Assert.Equal("Tcp", body.GetProperty("channelKind").GetString());
        Assert.False(body.GetProperty("hasPassword").GetBoolean());
        Assert.False(body.TryGetProperty("tokenKey", out _));

        var viewer = await server.ClientAsync(Roles.Viewer);
        using var list = await viewer.GetAsync("/api/meters");
        Assert.Contains((await Json.ReadAsync(list)).EnumerateArray(), m => m.GetProperty("serial").GetString() == "API-M1");

        using var edited = await admin.PutAsync("/api/meters/API-M1", new { model = "OpenPrepaid SIM-1", memo = "kiosk 7", host = "127.0.0.1", port = 4060, clientSap = 16 });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        using var fetched = await viewer.GetAsync("/api/meters/API-M1");
        var meter = await Json.ReadAsync(fetched);
        Assert.Equal("kiosk 7", meter.GetProperty("memo").GetString());
        Assert.Equal(4060, meter.GetProperty("port").GetInt32());

        using var removed = await admin.DeleteAsync("/api/meters/API-M1");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        using var gone = await viewer.GetAsync("/api/meters/API-M1");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("API-M1", (await Json.ReadAsync(gone)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task PortOutOfRangeIsRejectedNamingRange()
    {
        var admin = await server.ClientAsync(Roles.Administrator);

        using var response = await admin.PostAsync("/api/meters", Meter("API-BADPORT", port: 70000));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Equal("FieldOutOfRange", problem.GetProperty("code").GetString());
        Assert.Contains("70,000", problem.GetProperty("detail").GetString());
        Assert.Contains("65,535", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task DuplicateSerialIsConflict()
    {
        var admin = await server.ClientAsync(Roles.Administrator);
        using var first = await admin.PostAsync("/api/meters", Meter("API-DUP"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var second = await admin.PostAsync("/api/meters", Meter("API-DUP"));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("MeterSerialTaken", (await Json.ReadAsync(second)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task NonHexTokenKeyIsBadRequest()
    {
        var admin = await server.ClientAsync(Roles.Administrator);

        using var response = await admin.PostAsync("/api/meters", new { serial = "API-KEY", model = "M", host = "127.0.0.1", port = 1, tokenKey = "not-hex" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tokenKey", (await Json.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task CashierCannotAddMeters()
    {
        var cashier = await server.ClientAsync(Roles.Cashier);

        using var response = await cashier.PostAsync("/api/meters", Meter("API-CASHIER"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("administrator", (await Json.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RequestWithoutKeyIsUnauthorized()
    {
        var anonymous = await server.ClientAsync(null);

        using var response = await anonymous.GetAsync("/api/meters");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("X-Api-Key", (await Json.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task CsvImportAddsMetersAndReportsBadLines()
    {
        var admin = await server.ClientAsync(Roles.Administrator);
        var csv = $"serial;model;memo;host;port;client_sap;token_key\nCSV-1;SIM-1;\"flat; 3\";127.0.0.1;5001;16;{Key}\nCSV-2;SIM-1;;127.0.0.1;abc;16;{Key}\n";
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");

        using var response = await admin.PostAsync("/api/meters/import", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await Json.ReadAsync(response);
        Assert.Equal(1, report.GetProperty("added").GetInt32());
        Assert.Equal(1, report.GetProperty("notAdded").GetInt32());
        var lines = report.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal("Added", lines[0].GetProperty("status").GetString());
        Assert.Equal(3, lines[1].GetProperty("position").GetInt32());
        Assert.Equal("Unreadable", lines[1].GetProperty("status").GetString());
        Assert.Contains("abc", lines[1].GetProperty("messages")[0].GetString());
        using var imported = await admin.GetAsync("/api/meters/CSV-1");
        Assert.Equal("flat; 3", (await Json.ReadAsync(imported)).GetProperty("memo").GetString());
    }

    [Fact]
    public async Task FleetJsonImportAddsMeters()
    {
        var admin = await server.ClientAsync(Roles.Administrator);
        var json = $$"""{"meters": [ {"serialNumber": "JSON-1", "modelName": "SIM-1", "host": "127.0.0.1", "port": 6001, "clientSap": 16, "topUpKey": "{{Key}}", "seed": 7, "initialBalance": 1000} ]}""";
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await admin.PostAsync("/api/meters/import", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await Json.ReadAsync(response)).GetProperty("added").GetInt32());
        using var imported = await admin.GetAsync("/api/meters/JSON-1");
        Assert.Equal(6001, (await Json.ReadAsync(imported)).GetProperty("port").GetInt32());
    }

    [Fact]
    public async Task UnreadableImportFileIsUnprocessable()
    {
        var admin = await server.ClientAsync(Roles.Administrator);
        using var content = new StringContent("{\"meters\": [", Encoding.UTF8, "application/json");

        using var response = await admin.PostAsync("/api/meters/import", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("JsonInvalid", (await Json.ReadAsync(response)).GetProperty("code").GetString());
    }
}
