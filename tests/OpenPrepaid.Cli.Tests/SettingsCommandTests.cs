using System.Text.Json;
using OpenPrepaid.Cli.Tests.Support;

namespace OpenPrepaid.Cli.Tests;

/// <summary><c>settings read</c> and <c>settings write</c> against simulated meters.</summary>
public class SettingsCommandTests(FrozenFleet fleet) : IClassFixture<FrozenFleet>
{
    [Fact]
    public async Task ReadShowsSettingsInMeter()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);
        var state = fleet.State("SIM00001");

        var result = await workspace.RunAsync("settings", "read", "SIM00001", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("OK", result.Json.GetProperty("status").GetString());
        var settings = result.Json.GetProperty("settings");
        Assert.Equal(state.UnitChargeActive.PriceOf(1), settings.GetProperty("priceTariff1").GetDecimal());
        Assert.Equal(state.UnitChargeActive.PriceOf(2), settings.GetProperty("priceTariff2").GetDecimal());
        Assert.Equal(state.PowerLimitWatts / 1000m, settings.GetProperty("powerLimitKw").GetDecimal());
        Assert.Equal(state.CreditLimit / 100m, settings.GetProperty("switchOffThreshold").GetDecimal());
        Assert.Equal(state.Display.SecondsPerItem, settings.GetProperty("displaySecondsPerItem").GetInt32());
        Assert.Equal(state.NoSwitchOffOnSunday, settings.GetProperty("noSwitchOffOnSunday").GetBoolean());
    }

    [Fact]
    public async Task ReadOfDeadMeterFails()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);

        var result = await workspace.RunAsync(["settings", "read", FrozenFleet.DeadSerial], "uk");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"Не вдалося прочитати налаштування лічильника {FrozenFleet.DeadSerial}: timed out", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteReportsEachMeter()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);
        await workspace.RunAsync("profiles", "add", "Tariff A", "--price1", "4.32", "--price2", "2.16", "--power-limit", "7.5", "--switch-off-threshold", "-10");

        var result = await workspace.RunAsync("settings", "write", "--profile", "tariff a", "SIM00002", FrozenFleet.DeadSerial, "SIM00001", "--json");

        Assert.Equal(1, result.ExitCode);
        var results = result.Json.EnumerateArray().ToDictionary(r => r.GetProperty("serial").GetString()!);
        Assert.Equal(["SIM00001", "SIM00002", FrozenFleet.DeadSerial], results.Keys);
        foreach (var serial in new[] { "SIM00001", "SIM00002" })
        {
            Assert.Equal("written", results[serial].GetProperty("status").GetString());
            Assert.Equal(12, results[serial].GetProperty("fields").GetArrayLength());
            Assert.Empty(results[serial].GetProperty("mismatches").EnumerateArray());
            var state = fleet.State(serial);
            Assert.Equal(4.32m, state.UnitChargeActive.PriceOf(1));
            Assert.Equal(2.16m, state.UnitChargeActive.PriceOf(2));
            Assert.Equal(7500u, state.PowerLimitWatts);
            Assert.Equal(-1000, state.CreditLimit);
        }

        var dead = results[FrozenFleet.DeadSerial];
        Assert.Equal("failed", dead.GetProperty("status").GetString());
        Assert.StartsWith("timed out", dead.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("Tariff A", dead.GetProperty("profile").GetString());
    }

    [Fact]
    public async Task WriteReportsMismatchFieldByField()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);

        // The reference model shows time and date as one display item, so a clock alone reads back with the date.
        await workspace.RunAsync("profiles", "add", "Clock", "--price1", "3", "--display-items", "balance,clock");
        var json = await workspace.RunAsync("settings", "write", "--profile", "Clock", "SIM00003", "--json");
        var text = await workspace.RunAsync(["settings", "write", "--profile", "Clock", "SIM00003"], "uk");

        Assert.Equal(1, json.ExitCode);
        var entry = Assert.Single(json.Json.EnumerateArray());
        Assert.Equal("incomplete", entry.GetProperty("status").GetString());
        var mismatch = Assert.Single(entry.GetProperty("mismatches").EnumerateArray());
        Assert.Equal("displayItems", mismatch.GetProperty("field").GetString());
        Assert.Equal(["balance", "clock"], mismatch.GetProperty("expected").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(["balance", "clock", "date"], mismatch.GetProperty("actual").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(1, text.ExitCode);
        Assert.Equal(
            string.Join(Environment.NewLine, "SIM00003: записано не повністю:", "  Пункти дисплея: зчитано balance, clock, date, очікувалося balance, clock", "Профіль 'Clock': записано лічильників — 0, не записано — 1.") + Environment.NewLine,
            text.Output);
    }

    [Fact]
    public async Task WriteNeedsKnownProfileAndMeters()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);
        await workspace.RunAsync("profiles", "add", "Known", "--price1", "3");

        var noProfile = await workspace.RunAsync("settings", "write", "--profile", "Unknown", "SIM00001");
        var noMeter = await workspace.RunAsync("settings", "write", "--profile", "Known", "SIM00001", "SIM07777", "--json");
        var noOption = await workspace.RunAsync("settings", "write", "SIM00001");

        Assert.Equal(2, noProfile.ExitCode);
        Assert.Equal("Profile Unknown was not found; it may have been removed." + Environment.NewLine, noProfile.Error);
        Assert.Equal(2, noMeter.ExitCode);
        Assert.Equal("Meter SIM07777 is not in the register.", noMeter.Json.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(2, noOption.ExitCode);
        Assert.Contains("--profile", noOption.Error, StringComparison.Ordinal);
        var journal = await workspace.RunAsync("journal", "--json");
        Assert.Equal(JsonValueKind.Array, journal.Json.ValueKind);
        Assert.Empty(journal.Json.EnumerateArray());
    }
}
