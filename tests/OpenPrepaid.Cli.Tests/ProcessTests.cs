using System.Diagnostics;

namespace OpenPrepaid.Cli.Tests;

/// <summary>The built <c>openprepaid</c> program as a separate process: exit codes and termination by signal.</summary>
public class ProcessTests
{
    [Fact]
    public async Task BadFaultSpecExitsTwoAsProcess()
    {
        using var process = Start("simulate", "--meters", "2", "--fleet-file", CliRun.TemporaryPath("fleet.json"), "--faults", "*=sometimes", "--culture", "en");

        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(2, process.ExitCode);
        Assert.StartsWith("Invalid --faults: 'sometimes' is not a fault kind.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TerminateSignalStopsCleanly()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            // SIGTERM is POSIX only; on Windows the in-process cancellation tests cover the stop.
            return;
        }

        var path = CliRun.TemporaryPath("fleet.json");
        using var process = Start("simulate", "--meters", "2", "--fleet-file", path, "--culture", "en");
        var output = process.StandardOutput.ReadToEndAsync();

        await CliRun.WaitForFileAsync(path, process.WaitForExitAsync().ContinueWith(_ => process.ExitCode, TaskScheduler.Default));
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
            Assert.Equal(0, kill.ExitCode);
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Fleet stopped.", await output, StringComparison.Ordinal);
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
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
