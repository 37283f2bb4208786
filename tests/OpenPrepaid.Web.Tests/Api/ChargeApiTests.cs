using System.Net;
using OpenPrepaid.Web.Identity;
using OpenPrepaid.Web.Tests.Support;

namespace OpenPrepaid.Web.Tests.Api;

public sealed class ChargeApiTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private static HttpRequestMessage Confirm(string serial, decimal amount, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/charges/confirm")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { meterSerial = serial, amount }, options: Json.Options),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return request;
    }

    [Fact]
    public async Task ReplayedKeyChargesOnce()
    {
        var meter = await server.AddMeterAsync("CHG-REPLAY", 100m);
        var client = await server.ClientAsync(Roles.Cashier);
        var key = Guid.NewGuid().ToString();

        using var first = await client.SendAsync(Confirm("CHG-REPLAY", 50m, key));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var firstBody = await Json.ReadAsync(first);
        Assert.Equal("Applied", firstBody.GetProperty("status").GetString());
        Assert.False(firstBody.GetProperty("replayed").GetBoolean());
        Assert.Equal(150m, firstBody.GetProperty("charge").GetProperty("balanceAfter").GetDecimal());
        Assert.Equal(150m, firstBody.GetProperty("readBack").GetProperty("reading").GetProperty("balance").GetDecimal());

        using var replay = await client.SendAsync(Confirm("CHG-REPLAY", 50m, key));
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var replayBody = await Json.ReadAsync(replay);
        Assert.True(replayBody.GetProperty("replayed").GetBoolean());
        Assert.Equal("Applied", replayBody.GetProperty("status").GetString());
        Assert.Equal(firstBody.GetProperty("charge").GetProperty("id").GetGuid(), replayBody.GetProperty("charge").GetProperty("id").GetGuid());
        Assert.Equal(150m, replayBody.GetProperty("charge").GetProperty("balanceAfter").GetDecimal());

        Assert.Equal(150m, meter.Balance);
        Assert.Equal(1, meter.TokensApplied);
    }

    [Fact]
    public async Task SameKeyForOtherAmountIsConflict()
    {
        var meter = await server.AddMeterAsync("CHG-CONFLICT", 10m);
        var client = await server.ClientAsync(Roles.Cashier);
        var key = Guid.NewGuid().ToString();
        using var first = await client.SendAsync(Confirm("CHG-CONFLICT", 5m, key));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var other = await client.SendAsync(Confirm("CHG-CONFLICT", 7m, key));

        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        var problem = await Json.ReadAsync(other);
        Assert.Equal("IdempotencyKeyReused", problem.GetProperty("code").GetString());
        Assert.Contains(key, problem.GetProperty("detail").GetString());
        Assert.Equal(15m, meter.Balance);
    }

    [Fact]
    public async Task ViewerKeyIsRefusedCharge()
    {
        var meter = await server.AddMeterAsync("CHG-VIEWER", 100m);
        var client = await server.ClientAsync(Roles.Viewer);

        using var response = await client.SendAsync(Confirm("CHG-VIEWER", 50m, Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json.ReadAsync(response);
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("viewer", detail);
        Assert.Contains("cashier", detail);
        Assert.Equal(100m, meter.Balance);
    }

    [Fact]
    public async Task EngineerKeyIsRefusedPrepare()
    {
        await server.AddMeterAsync("CHG-ENGINEER", 100m);
        var client = await server.ClientAsync(Roles.Engineer);

        using var response = await client.PostAsync("/api/charges/prepare", new { meterSerial = "CHG-ENGINEER", amount = 10m });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PrepareReturnsResultingBalanceAndSendsNothing()
    {
        var meter = await server.AddMeterAsync("CHG-PREPARE", 100m);
        var client = await server.ClientAsync(Roles.Cashier);

        using var response = await client.PostAsync("/api/charges/prepare", new { meterSerial = "CHG-PREPARE", amount = -25.5m });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var proposal = await Json.ReadAsync(response);
        Assert.Equal(100m, proposal.GetProperty("currentBalance").GetDecimal());
        Assert.Equal(-25.5m, proposal.GetProperty("amount").GetDecimal());
        Assert.Equal(74.5m, proposal.GetProperty("resultingBalance").GetDecimal());
        Assert.Equal("UAH", proposal.GetProperty("currency").GetString());
        Assert.False(string.IsNullOrEmpty(proposal.GetProperty("idempotencyKey").GetString()));
        Assert.Equal(100m, meter.Balance);
        Assert.Equal(0, meter.TokensApplied);
    }

    [Fact]
    public async Task TopUpAboveRangeIsRejectedNamingRange()
    {
        await server.AddMeterAsync("CHG-RANGE", 100m);
        var client = await server.ClientAsync(Roles.Cashier);

        using var response = await client.PostAsync("/api/charges/prepare", new { meterSerial = "CHG-RANGE", amount = 6_000_000m });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Equal("TopUpOutOfRange", problem.GetProperty("code").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("6,000,000.00", detail);
        Assert.Contains("1 to 5,000,000", detail);
    }

    [Fact]
    public async Task ResultingBalanceAboveMaximumIsCancelledBeforeSending()
    {
        var meter = await server.AddMeterAsync("CHG-MAXBAL", 14_000_000m);
        var client = await server.ClientAsync(Roles.Cashier);

        using var response = await client.SendAsync(Confirm("CHG-MAXBAL", 2_000_000m, Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Equal("BalanceAboveMaximum", problem.GetProperty("code").GetString());
        Assert.Contains("15,000,000", problem.GetProperty("detail").GetString());
        Assert.Equal(0, meter.TokensApplied);
    }

    [Fact]
    public async Task ProblemDetailFollowsAcceptLanguage()
    {
        await server.AddMeterAsync("CHG-UK", 100m);
        var client = await server.ClientAsync(Roles.Cashier, acceptLanguage: "uk");

        using var response = await client.PostAsync("/api/charges/prepare", new { meterSerial = "CHG-UK", amount = 0m });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Equal("AmountZero", problem.GetProperty("code").GetString());
        Assert.StartsWith("Сума не може дорівнювати нулю", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ConfirmWithoutKeyIsBadRequest()
    {
        await server.AddMeterAsync("CHG-NOKEY", 100m);
        var client = await server.ClientAsync(Roles.Cashier);

        using var response = await client.SendAsync(Confirm("CHG-NOKEY", 10m, null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Contains("Idempotency-Key", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task MalformedBodyIsProblemNamingValue()
    {
        var client = await server.ClientAsync(Roles.Cashier);
        using var content = new StringContent("{\"meterSerial\": \"X\", \"amount\": \"ten\"}", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/charges/prepare", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Equal("bad-request", problem.GetProperty("code").GetString());
        Assert.Contains("amount", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ChargeIsFoundById()
    {
        await server.AddMeterAsync("CHG-GET", 20m);
        var client = await server.ClientAsync(Roles.Cashier);
        using var confirmed = await client.SendAsync(Confirm("CHG-GET", 30m, Guid.NewGuid().ToString()));
        var id = (await Json.ReadAsync(confirmed)).GetProperty("charge").GetProperty("id").GetGuid();
        var viewer = await server.ClientAsync(Roles.Viewer);

        using var byId = await viewer.GetAsync($"/api/charges/{id}");
        using var list = await viewer.GetAsync("/api/charges?meter=CHG-GET");
        using var missing = await viewer.GetAsync($"/api/charges/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        var charge = await Json.ReadAsync(byId);
        Assert.Equal("Applied", charge.GetProperty("state").GetString());
        Assert.Equal(20m, charge.GetProperty("balanceBefore").GetDecimal());
        Assert.Equal(50m, charge.GetProperty("balanceAfter").GetDecimal());
        Assert.Equal("api:tests cashier", charge.GetProperty("operator").GetString());
        var listed = await Json.ReadAsync(list);
        Assert.Equal(id, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
