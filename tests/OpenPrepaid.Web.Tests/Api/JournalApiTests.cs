using System.Net;
using OpenPrepaid.Web.Identity;
using OpenPrepaid.Web.Tests.Support;

namespace OpenPrepaid.Web.Tests.Api;

public sealed class JournalApiTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    [Fact]
    public async Task JournalFiltersByMeterKindOperatorAndTime()
    {
        await server.AddMeterAsync("JRN-1", 40m);
        await server.AddMeterAsync("JRN-2", 40m);
        var cashier = await server.ClientAsync(Roles.Cashier);
        foreach (var serial in new[] { "JRN-1", "JRN-2" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/charges/confirm")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { meterSerial = serial, amount = 10m }, options: Json.Options),
            };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            using var response = await cashier.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var viewer = await server.ClientAsync(Roles.Viewer);
        var from = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O"));

        using var byMeter = await viewer.GetAsync("/api/journal?meter=JRN-1");
        using var byKind = await viewer.GetAsync($"/api/journal?kind=ChargeApplied&operator=CASHIER&from={from}");
        using var future = await viewer.GetAsync($"/api/journal?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O"))}");

        var meterEntries = (await Json.ReadAsync(byMeter)).EnumerateArray().ToList();
        Assert.Equal(new[] { "ChargeApplied", "ChargePending" }, meterEntries.Select(e => e.GetProperty("kind").GetString()!).ToArray());
        Assert.All(meterEntries, e => Assert.Equal("JRN-1", e.GetProperty("meterSerial").GetString()));
        Assert.Equal(50m, meterEntries[0].GetProperty("balanceAfter").GetDecimal());
        var applied = (await Json.ReadAsync(byKind)).EnumerateArray().ToList();
        Assert.Equal(2, applied.Count);
        Assert.All(applied, e => Assert.Equal("api:tests cashier", e.GetProperty("operator").GetString()));
        Assert.Empty((await Json.ReadAsync(future)).EnumerateArray());
    }

    [Fact]
    public async Task UnknownKindIsBadRequestListingKinds()
    {
        var viewer = await server.ClientAsync(Roles.Viewer);

        using var response = await viewer.GetAsync("/api/journal?kind=Refund");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await Json.ReadAsync(response)).GetProperty("detail").GetString()!;
        Assert.Contains("Refund", detail);
        Assert.Contains("SettingsWrite", detail);
    }
}
