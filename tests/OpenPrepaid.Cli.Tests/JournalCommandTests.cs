using OpenPrepaid.Cli.Tests.Support;

namespace OpenPrepaid.Cli.Tests;

/// <summary><c>journal</c>: every charge and settings write, filtered by meter, time and kind.</summary>
public class JournalCommandTests(FrozenFleet fleet) : IClassFixture<FrozenFleet>
{
    [Fact]
    public async Task JournalShowsChargesAndWritesNewestFirst()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);
        var before = fleet.Balance("SIM00001");
        await workspace.RunAsync("charge", "SIM00001", "75", "--yes", "--operator", "anna");
        await workspace.RunAsync("profiles", "add", "J", "--price1", "2");
        await workspace.RunAsync("settings", "write", "--profile", "J", "SIM00002");

        var all = await workspace.RunAsync("journal", "--json");
        var applied = await workspace.RunAsync("journal", "SIM00001", "--kind", "charge-applied", "--json");
        var writes = await workspace.RunAsync("journal", "--kind", "settingsWrite", "--json");
        var charges = await workspace.RunAsync("journal", "--kind", "charge", "--json");

        Assert.Equal(0, all.ExitCode);
        Assert.Equal(["settingsWrite", "chargeApplied", "chargePending"], all.Json.EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        var entry = Assert.Single(applied.Json.EnumerateArray());
        Assert.Equal("anna", entry.GetProperty("operator").GetString());
        Assert.Equal(before, entry.GetProperty("balanceBefore").GetDecimal());
        Assert.Equal(before + 75m, entry.GetProperty("balanceAfter").GetDecimal());
        Assert.StartsWith("top-up of 75.00 with token sequence", entry.GetProperty("request").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("token status execution OK (3)", entry.GetProperty("response").GetString(), StringComparison.Ordinal);
        var write = Assert.Single(writes.Json.EnumerateArray());
        Assert.Equal("SIM00002", write.GetProperty("serial").GetString());
        Assert.Equal("test-operator", write.GetProperty("operator").GetString());
        Assert.Equal("12 of 12 fields written", write.GetProperty("response").GetString());
        Assert.Equal(2, charges.Json.GetArrayLength());
    }

    [Fact]
    public async Task TimeFiltersUseLocalDates()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);
        await workspace.RunAsync("charge", "SIM00003", "5", "--yes");
        var today = DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = DateTime.Now.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var throughToday = await workspace.RunAsync("journal", "--from", today, "--to", today, "--json");
        var fromTomorrow = await workspace.RunAsync("journal", "--from", tomorrow);

        Assert.Equal(2, throughToday.Json.GetArrayLength());
        Assert.Equal(0, fromTomorrow.ExitCode);
        Assert.Equal("No journal entries match." + Environment.NewLine, fromTomorrow.Output);
    }

    [Fact]
    public async Task HumanJournalNamesKindsInCulture()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);
        await workspace.RunAsync("charge", "SIM00002", "5", "--yes");

        var result = await workspace.RunAsync(["journal", "SIM00002", "--kind", "charge-applied"], "uk");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Оператор", result.Output, StringComparison.Ordinal);
        Assert.Contains("операцію застосовано", result.Output, StringComparison.Ordinal);
        Assert.Contains("test-operator", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--kind", "refund", "'refund' is not a journal entry kind. Accepted: charge-pending, charge-applied, charge-rejected, charge-unknown, charge-settled-applied, charge-settled-rejected, settings-write, charge.")]
    [InlineData("--from", "yesterday", "--from 'yesterday' is not a time. Write it as 2025-03-31 or 2025-03-31T14:00.")]
    [InlineData("--limit", "0", "--limit must be 1 to 10000; it is 0.")]
    public async Task BadFilterIsInvalidInput(string option, string value, string message)
    {
        var workspace = new Workspace();

        var result = await workspace.RunAsync("journal", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message + Environment.NewLine, result.Error);
    }

    [Fact]
    public async Task EmptyRangeIsInvalidInput()
    {
        var workspace = new Workspace();

        var result = await workspace.RunAsync("journal", "--from", "2025-03-02", "--to", "2025-03-01T12:00");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("--from must be earlier than --to." + Environment.NewLine, result.Error);
    }
}
