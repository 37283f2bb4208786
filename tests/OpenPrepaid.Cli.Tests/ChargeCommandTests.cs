using System.Globalization;
using System.Text.Json;
using OpenPrepaid.Cli.Tests.Support;

namespace OpenPrepaid.Cli.Tests;

/// <summary><c>charge</c> against simulated meters whose clock is stopped, so that balances move only by the charges.</summary>
public class ChargeCommandTests(FrozenFleet fleet) : IClassFixture<FrozenFleet>
{
    [Fact]
    public async Task ChargeWithYesAppliesAndReadsBack()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);
        var before = fleet.Balance("SIM00001");

        var result = await workspace.RunAsync("charge", "SIM00001", "250.50", "--yes", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json;
        Assert.Equal("SIM00001", json.GetProperty("serial").GetString());
        Assert.Equal(250.50m, json.GetProperty("amount").GetDecimal());
        Assert.Equal(before, json.GetProperty("balanceBefore").GetDecimal());
        Assert.Equal(before + 250.50m, json.GetProperty("balanceAfter").GetDecimal());
        Assert.Equal("applied", json.GetProperty("state").GetString());
        Assert.Equal($"Meter SIM00001 applied 250.50; its balance is now {before + 250.50m:N2}.", json.GetProperty("message").GetString());
        Assert.False(json.GetProperty("alreadySubmitted").GetBoolean());
        Assert.Equal(before + 250.50m, fleet.Balance("SIM00001"));

        var read = await workspace.RunAsync("read", "SIM00001", "--json");
        var entry = Assert.Single(read.Json.EnumerateArray());
        Assert.Equal(before + 250.50m, entry.GetProperty("balance").GetDecimal());
        Assert.Equal(250.50m, entry.GetProperty("lastTopUpAmount").GetDecimal());
        Assert.Equal(FrozenFleet.Start, entry.GetProperty("lastTopUpTime").GetDateTimeOffset());
    }

    [Fact]
    public async Task WriteOffTakesNegativeAmount()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);
        var before = fleet.Balance("SIM00002");

        var result = await workspace.RunAsync("charge", "SIM00002", "-12.34", "--yes");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(before - 12.34m, fleet.Balance("SIM00002"));
        Assert.Contains("Amount:            -12.34 UAH (write-off)", result.Output, StringComparison.Ordinal);
        Assert.EndsWith($"Meter SIM00002 applied -12.34; its balance is now {before - 12.34m:N2}.{Environment.NewLine}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UkrainianAmountUsesCommaAndSpaces()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);
        var before = fleet.Balance("SIM00003");

        var result = await workspace.RunAsync(["charge", "SIM00003", "1 234,56", "--yes", "--json"], "uk");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1234.56m, result.Json.GetProperty("amount").GetDecimal());
        Assert.Equal(before + 1234.56m, fleet.Balance("SIM00003"));
        Assert.StartsWith("Лічильник SIM00003 зарахував", result.Json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "6000000", "A top-up of 6,000,000.00 is outside the allowed range of 1 to 5,000,000.")]
    [InlineData("uk", "6 000 000", "Поповнення на 6 000 000,00 виходить за дозволені межі: від 1 до 5 000 000.")]
    [InlineData("en", "-100000.01", "A write-off of -100,000.01 is outside the allowed range of -1 to -100,000.")]
    [InlineData("uk", "-0,5", "Списання -0,50 виходить за дозволені межі: від -1 до -100 000.")]
    public async Task AmountOutOfRangeExitsTwoWithRange(string culture, string amount, string message)
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);
        var sequence = fleet.State("SIM00001").LastTokenSequence;

        var result = await workspace.RunAsync(["charge", "SIM00001", amount, "--yes", "--json"], culture);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message + Environment.NewLine, result.PlainError);
        var error = result.Json.GetProperty("error");
        Assert.Equal(message, error.GetProperty("message").GetString()!.Replace('\u00A0', ' '));
        Assert.Equal(amount.StartsWith('-') ? "WriteOffOutOfRange" : "TopUpOutOfRange", error.GetProperty("code").GetString());
        Assert.Equal(sequence, fleet.State("SIM00001").LastTokenSequence);
    }

    [Fact]
    public async Task AmbiguousAmountIsRejectedNotGuessed()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);

        var result = await workspace.RunAsync("charge", "SIM00001", "1,5", "--yes");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("'1,5' is ambiguous: ',' may only split the digits before the decimal separator '.' into groups of three." + Environment.NewLine, result.Error);
    }

    [Fact]
    public async Task RedirectedInputWithoutYesExitsTwo()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);
        var before = fleet.Balance("SIM00001");

        var english = await workspace.RunAsync("charge", "SIM00001", "10");
        var ukrainian = await workspace.RunAsync(["charge", "SIM00001", "10"], "uk");

        Assert.Equal(2, english.ExitCode);
        Assert.Equal("Input is not a terminal, so the charge cannot be confirmed interactively. Pass --yes to send it without asking." + Environment.NewLine, english.Error);
        Assert.Empty(english.Output);
        Assert.Equal(2, ukrainian.ExitCode);
        Assert.Contains("Додайте --yes", ukrainian.Error, StringComparison.Ordinal);
        Assert.Equal(before, fleet.Balance("SIM00001"));
    }

    [Fact]
    public async Task OperatorConfirmsAtTerminal()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);
        var before = fleet.Balance("SIM00002");
        var uk = CultureInfo.GetCultureInfo("uk");

        var result = await workspace.RunAsync(["charge", "SIM00002", "100"], "uk", typed: "так" + Environment.NewLine);

        Assert.True(result.ExitCode == 0, result.ToString());
        var output = result.PlainOutput;
        Assert.Contains("Лічильник:", output, StringComparison.Ordinal);
        Assert.Contains($"Поточний баланс:       {Plain(before.ToString("N2", uk))} UAH", output, StringComparison.Ordinal);
        Assert.Contains("Сума:                  +100,00 UAH (поповнення)", output, StringComparison.Ordinal);
        Assert.Contains($"Баланс після операції: {Plain((before + 100).ToString("N2", uk))} UAH", output, StringComparison.Ordinal);
        Assert.Contains("Надіслати цю операцію? [т/Н] ", output, StringComparison.Ordinal);
        Assert.Equal(before + 100m, fleet.Balance("SIM00002"));
    }

    [Fact]
    public async Task DeclinedChargeSendsNothing()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);
        var before = fleet.Balance("SIM00002");

        var result = await workspace.RunAsync(["charge", "SIM00002", "100"], typed: "n" + Environment.NewLine);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Not confirmed; nothing was sent." + Environment.NewLine, result.Error);
        Assert.Equal(before, fleet.Balance("SIM00002"));
        var journal = await workspace.RunAsync("journal", "SIM00002", "--json");
        Assert.Empty(journal.Json.EnumerateArray());
    }

    [Fact]
    public async Task RetryWithSameKeyIsNotSentAgain()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);
        var before = fleet.Balance("SIM00003");

        var first = await workspace.RunAsync("charge", "SIM00003", "40", "--yes", "--json", "--idempotency-key", "order-17");
        var second = await workspace.RunAsync("charge", "SIM00003", "40", "--yes", "--json", "--idempotency-key", "order-17");
        var other = await workspace.RunAsync("charge", "SIM00003", "41", "--yes", "--json", "--idempotency-key", "order-17");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.True(second.Json.GetProperty("alreadySubmitted").GetBoolean());
        Assert.Equal("applied", second.Json.GetProperty("state").GetString());
        Assert.Equal(first.Json.GetProperty("chargeId").GetGuid(), second.Json.GetProperty("chargeId").GetGuid());
        Assert.Equal(before + 40m, fleet.Balance("SIM00003"));
        Assert.Equal(2, other.ExitCode);
        Assert.Equal("IdempotencyKeyReused", other.Json.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task DeadMeterChargeFailsBeforeSending()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);

        var result = await workspace.RunAsync("charge", FrozenFleet.DeadSerial, "10", "--yes", "--json");

        Assert.Equal(1, result.ExitCode);
        var error = result.Json.GetProperty("error");
        Assert.Equal("MeterReadFailed", error.GetProperty("code").GetString());
        Assert.StartsWith($"Meter {FrozenFleet.DeadSerial} could not be read (timed out", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownMeterIsInvalidInput()
    {
        var workspace = new Workspace();
        await workspace.ImportAsync(fleet);

        var result = await workspace.RunAsync("charge", "SIM00042", "10", "--yes", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(JsonValueKind.Object, result.Json.GetProperty("error").ValueKind);
        Assert.Equal("Meter SIM00042 is not in the register.", result.Json.GetProperty("error").GetProperty("message").GetString());
    }

    private static string Plain(string text) => text.Replace('\u00A0', ' ');
}
