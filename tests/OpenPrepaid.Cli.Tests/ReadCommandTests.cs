using System.Text.Json;
using OpenPrepaid.Cli.Tests.Support;

namespace OpenPrepaid.Cli.Tests;

/// <summary><c>read</c> against simulated meters whose clock is stopped, so that every value can be checked exactly.</summary>
public class ReadCommandTests(FrozenFleet fleet) : IClassFixture<FrozenFleet>
{
    [Fact]
    public async Task ReadAllJsonMatchesEveryMeter()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);

        var result = await workspace.RunAsync("read", "SIM00001", "SIM00002", "SIM00003", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var entries = result.Json.EnumerateArray().ToList();
        Assert.Equal(FrozenFleet.LiveSerials, entries.Select(e => e.GetProperty("serial").GetString()));
        foreach (var entry in entries)
        {
            var state = fleet.State(entry.GetProperty("serial").GetString()!);
            Assert.Equal("OK", entry.GetProperty("status").GetString());
            Assert.Equal(state.Balance / 100m, entry.GetProperty("balance").GetDecimal());
            Assert.Equal(state.Currency.Name, entry.GetProperty("currency").GetString());
            Assert.Equal(state.LastTopUpAmount / 100m, entry.GetProperty("lastTopUpAmount").GetDecimal());
            Assert.Equal(state.EnergyTotalWh / 1000m, entry.GetProperty("energyKWh").GetDecimal());
            Assert.Equal(state.ActivePowerWatts / 1000m, entry.GetProperty("activePowerKw").GetDecimal());
            Assert.Equal(state.InternalTemperatureTenths / 10m, entry.GetProperty("temperatureC").GetDecimal());
            Assert.Equal(RelayName(state.ControlState), entry.GetProperty("relay").GetString());
        }
    }

    [Fact]
    public async Task MetersOnHdlcLineAreReadInTurn()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(FrozenFleet.Start);
        await using var line = new OpenPrepaid.Simulator.Fleet.SimulatedFleet(new() { MeterCount = 3, MetersPerLine = 3, Seed = 5, TimeProvider = clock });
        await line.StartAsync();
        var fleetFile = CliRun.TemporaryPath("line.json");
        await line.WriteFleetFileAsync(fleetFile);
        var workspace = new Workspace();
        Assert.Equal(0, (await workspace.RunAsync("meters", "import", fleetFile)).ExitCode);

        var list = await workspace.RunAsync("meters", "list", "--json");
        var result = await workspace.RunAsync("read", "--all", "--json");

        Assert.Equal([16, 17, 18], list.Json.EnumerateArray().Select(m => m.GetProperty("hdlcAddress").GetInt32()));
        Assert.Single(list.Json.EnumerateArray().Select(m => m.GetProperty("channel").GetString()).Distinct());
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var entry in result.Json.EnumerateArray())
        {
            var state = line[entry.GetProperty("serial").GetString()!].Meter.Snapshot();
            Assert.Equal("OK", entry.GetProperty("status").GetString());
            Assert.Equal(state.Balance / 100m, entry.GetProperty("balance").GetDecimal());
            Assert.Equal(state.EnergyTotalWh / 1000m, entry.GetProperty("energyKWh").GetDecimal());
        }
    }

    [Fact]
    public async Task ReadAllIncludesDeadMeterAndExitsOne()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);

        var result = await workspace.RunAsync("read", "--all", "--json");

        Assert.Equal(1, result.ExitCode);
        var statuses = result.Json.EnumerateArray().ToDictionary(e => e.GetProperty("serial").GetString()!, e => e.GetProperty("status").GetString()!);
        Assert.Equal(["SIM00001", "SIM00002", "SIM00003", FrozenFleet.DeadSerial], statuses.Keys);
        Assert.All(FrozenFleet.LiveSerials, serial => Assert.Equal("OK", statuses[serial]));
        Assert.StartsWith("timed out", statuses[FrozenFleet.DeadSerial], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadMeterFailsOnlyItsOwnRead()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);

        var dead = await workspace.RunAsync("read", FrozenFleet.DeadSerial, "--json");
        var live = await workspace.RunAsync("read", "SIM00001", "SIM00002", "--json");

        Assert.Equal(1, dead.ExitCode);
        var entry = Assert.Single(dead.Json.EnumerateArray());
        Assert.StartsWith("timed out: no response within 1 s", entry.GetProperty("status").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("balance").ValueKind);
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("relay").ValueKind);
        Assert.Equal(0, live.ExitCode);
        Assert.All(live.Json.EnumerateArray(), e => Assert.Equal("OK", e.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task RedirectedOutputGetsLinePerMeter()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);
        var balance = fleet.Balance("SIM00002");

        var result = await workspace.RunAsync(["read", "SIM00002", FrozenFleet.DeadSerial], "uk");

        Assert.Equal(1, result.ExitCode);
        var lines = result.PlainOutput.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"SIM00002: OK, баланс {balance.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("uk")).Replace('\u00A0', ' ')} UAH", lines.Single(l => l.StartsWith("SIM00002", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.StartsWith($"{FrozenFleet.DeadSerial}: час очікування вичерпано (timed out", lines.Single(l => l.StartsWith(FrozenFleet.DeadSerial, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal("Прочитано: 1, з помилками: 1.", lines[^1]);
    }

    [Fact]
    public async Task TerminalGetsTableAfterProgress()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);

        var result = await workspace.RunAsync(["read", "--all"], terminal: true);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("│ Serial", result.Output, StringComparison.Ordinal);
        Assert.Contains("Temperature, °C", result.Output, StringComparison.Ordinal);
        Assert.Contains("timed out", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("3 read, 1 failed." + Environment.NewLine, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelledReadExitsOne()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var result = await workspace.RunAsync(["read", FrozenFleet.DeadSerial, "--json"], cancellationToken: cancel.Token);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Cancelled." + Environment.NewLine, result.Error);
        Assert.Equal("Cancelled", result.Json.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task UnknownSerialIsInvalidInputAndReadsNothing()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);

        var result = await workspace.RunAsync("read", "SIM00001", "SIM09999", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("MeterNotFound", result.Json.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("Meter SIM09999 is not in the register." + Environment.NewLine, result.Error);
        var list = await workspace.RunAsync("meters", "list", "--json");
        Assert.All(list.Json.EnumerateArray(), meter => Assert.Equal("?", meter.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--all SIM00001")]
    public async Task ReadNeedsEitherSerialsOrAll(string targets)
    {
        var workspace = new Workspace();

        var result = await workspace.RunAsync(["read", .. targets.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("Give the serial numbers of the meters to read, or --all, but not both." + Environment.NewLine, result.Error);
        Assert.Empty(result.Output);
    }

    private static string RelayName(Meters.Prepaid.ControlState state) => state switch
    {
        Meters.Prepaid.ControlState.Connected => "connected",
        Meters.Prepaid.ControlState.Disconnected => "disconnected",
        Meters.Prepaid.ControlState.ReadyForReconnection => "ready",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a control state of the Disconnect control class."),
    };
}
