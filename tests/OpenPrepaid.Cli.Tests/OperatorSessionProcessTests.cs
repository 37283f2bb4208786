using System.Diagnostics;
using System.Text.Json;
using OpenPrepaid.Cli.Tests.Support;
using OpenPrepaid.Simulator.Fleet;

namespace OpenPrepaid.Cli.Tests;

/// <summary>
/// An operator's session with the built <c>openprepaid</c> program, each command a separate process: a simulated fleet,
/// its import, reads, charges, a profile write and the journal. The meters run in real time here, so balances may move
/// by the little energy used between two commands.
/// </summary>
public class OperatorSessionProcessTests
{
    private const ulong Seed = 7;

    /// <summary>How far a balance may move between two commands: a few seconds of a household load at any tariff price.</summary>
    private const decimal Drift = 0.50m;

    private readonly string _folder = CliRun.TemporaryPath(string.Empty);

    [Fact]
    public async Task OperatorSessionAsProcesses()
    {
        var fleetFile = Path.Combine(_folder, "fleet.json");
        using var simulator = Start("simulate", "--meters", "3", "--seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--fleet-file", fleetFile, "--faults", "SIM00003=dead");
        // Drain the simulator's output so that its log can never fill a pipe and stall it.
        var simulatorOutput = simulator.StandardOutput.ReadToEndAsync();
        var simulatorLog = simulator.StandardError.ReadToEndAsync();
        try
        {
            await CliRun.WaitForFileAsync(fleetFile, simulator.WaitForExitAsync().ContinueWith(_ => simulator.ExitCode, TaskScheduler.Default));

            var import = await RunAsync("meters", "import", fleetFile, "--json");
            Assert.True(import.ExitCode == 0, import.ToString());
            Assert.Equal(3, import.Json.GetProperty("added").GetInt32());

            var readAll = await RunAsync("read", "--all", "--json");
            Assert.True(readAll.ExitCode == 1, readAll.ToString());
            var reads = readAll.Json.EnumerateArray().ToDictionary(e => e.GetProperty("serial").GetString()!);
            Assert.Equal(["SIM00001", "SIM00002", "SIM00003"], reads.Keys);
            foreach (var (serial, index) in new[] { ("SIM00001", 0), ("SIM00002", 1) })
            {
                var plan = FleetPlanner.Derive(Seed, index);
                var entry = reads[serial];
                Assert.Equal("OK", entry.GetProperty("status").GetString());
                Assert.Equal("UAH", entry.GetProperty("currency").GetString());
                Assert.InRange(entry.GetProperty("balance").GetDecimal(), plan.InitialBalance / 100m - Drift, plan.InitialBalance / 100m);
                Assert.InRange(entry.GetProperty("energyKWh").GetDecimal(), 0m, 0.5m);
                Assert.InRange(entry.GetProperty("temperatureC").GetDecimal(), -40m, 85m);
                Assert.Contains(entry.GetProperty("relay").GetString(), new[] { "connected", "disconnected", "ready" });
            }

            Assert.StartsWith("timed out", reads["SIM00003"].GetProperty("status").GetString(), StringComparison.Ordinal);
            Assert.Equal(1, (await RunAsync("read", "SIM00003", "--json")).ExitCode);
            Assert.Equal(0, (await RunAsync("read", "SIM00001", "SIM00002", "--json")).ExitCode);

            var charge = await RunAsync("charge", "SIM00001", "500", "--yes", "--json");
            Assert.True(charge.ExitCode == 0, charge.ToString());
            Assert.Equal("applied", charge.Json.GetProperty("state").GetString());
            var balanceBefore = charge.Json.GetProperty("balanceBefore").GetDecimal();
            var balanceAfter = charge.Json.GetProperty("balanceAfter").GetDecimal();
            Assert.InRange(balanceAfter, balanceBefore + 500m - Drift, balanceBefore + 500m);
            var readBack = await RunAsync("read", "SIM00001", "--json");
            Assert.InRange(Assert.Single(readBack.Json.EnumerateArray()).GetProperty("balance").GetDecimal(), balanceAfter - Drift, balanceAfter);

            var tooMuch = await RunAsync("charge", "SIM00001", "5000000.01", "--yes");
            Assert.Equal(2, tooMuch.ExitCode);
            Assert.Equal("A top-up of 5,000,000.01 is outside the allowed range of 1 to 5,000,000." + Environment.NewLine, tooMuch.Error);
            var tooMuchUk = await RunAsync("charge", "SIM00001", "5000000,01", "--yes", "--culture", "uk");
            Assert.Equal(2, tooMuchUk.ExitCode);
            Assert.Equal("Поповнення на 5 000 000,01 виходить за дозволені межі: від 1 до 5 000 000." + Environment.NewLine, tooMuchUk.PlainError);
            var unconfirmed = await RunAsync("charge", "SIM00001", "5");
            Assert.Equal(2, unconfirmed.ExitCode);
            Assert.Contains("--yes", unconfirmed.Error, StringComparison.Ordinal);

            Assert.Equal(0, (await RunAsync("profiles", "add", "Session", "--price1", "4.5", "--power-limit", "6")).ExitCode);
            var write = await RunAsync("settings", "write", "--profile", "Session", "SIM00001", "SIM00002", "--json");
            Assert.True(write.ExitCode == 0, write.ToString());
            Assert.All(write.Json.EnumerateArray(), r => Assert.Equal("written", r.GetProperty("status").GetString()));
            var settings = await RunAsync("settings", "read", "SIM00002", "--json");
            Assert.Equal(4.5m, settings.Json.GetProperty("settings").GetProperty("priceTariff1").GetDecimal());
            Assert.Equal(6m, settings.Json.GetProperty("settings").GetProperty("powerLimitKw").GetDecimal());

            var journal = await RunAsync("journal", "SIM00001", "--json");
            var kinds = journal.Json.EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
            Assert.Equal(["settingsWrite", "chargeApplied", "chargePending"], kinds);
            var applied = journal.Json.EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "chargeApplied");
            Assert.StartsWith("top-up of 500.00", applied.GetProperty("request").GetString(), StringComparison.Ordinal);
            Assert.Equal(balanceAfter, applied.GetProperty("balanceAfter").GetDecimal());
        }
        finally
        {
            if (!simulator.HasExited)
            {
                simulator.Kill();
                await simulator.WaitForExitAsync();
            }

            await Task.WhenAll(simulatorOutput, simulatorLog);
        }
    }

    private async Task<CliResult> RunAsync(params string[] args)
    {
        string[] all = [.. args, "--db", Path.Combine(_folder, "op.db"), "--data", Path.Combine(_folder, "data"), "--timeout", "1", "--retries", "0"];
        if (!args.Contains("--culture"))
        {
            all = [.. all, "--culture", "en"];
        }

        using var process = Start(all);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return new CliResult(process.ExitCode, await output, await error);
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "openprepaid.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }
}
