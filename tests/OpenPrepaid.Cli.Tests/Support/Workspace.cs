namespace OpenPrepaid.Cli.Tests.Support;

/// <summary>
/// A SQLite database and a key ring in a temporary folder, and the command line run in-process against them
/// with <c>--db</c> and <c>--data</c>. Short timeouts keep the dead meter's reads quick.
/// </summary>
public sealed class Workspace
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"openprepaid-cli-{Guid.NewGuid():N}");

    public string Database => Path.Combine(Folder, "openprepaid.db");

    public string DataFolder => Path.Combine(Folder, "data");

    /// <summary>Runs the command line; <paramref name="typed"/> is what an operator types at a terminal, null for a script.</summary>
    public async Task<CliResult> RunAsync(
        IEnumerable<string> args, string culture = "en", string? typed = null, bool terminal = false, CancellationToken cancellationToken = default)
    {
        var run = new CliRun(culture, typed, terminal);
        string[] all = [.. args, "--db", Database, "--data", DataFolder, "--culture", culture, "--timeout", "1", "--retries", "0"];
        var exitCode = await run.RunAsync(all, cancellationToken);
        return new CliResult(exitCode, run.Output, run.Error);
    }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(args, "en");

    /// <summary>Imports the fleet file and checks that every meter was added.</summary>
    public async Task ImportAsync(FrozenFleet fleet)
    {
        var result = await RunAsync("meters", "import", fleet.FleetFile);
        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
