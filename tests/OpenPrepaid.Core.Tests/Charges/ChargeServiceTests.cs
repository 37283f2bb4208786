using System.Globalization;
using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Rules;
using OpenPrepaid.Core.Tests.Support;

namespace OpenPrepaid.Core.Tests.Charges;

public sealed class ChargeServiceTests : IAsyncLifetime
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Ukrainian = CultureInfo.GetCultureInfo("uk");
    private CoreHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await CoreHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task PrepareShowsBalanceAmountAndResult()
    {
        await _harness.AddMeterAsync("M1", 100m);

        var preparation = await _harness.Charges.PrepareAsync("M1", "1 250,50", Ukrainian, "cashier", "key-1", default);

        Assert.Equal(ChargePreparationStatus.Ready, preparation.Status);
        var proposal = preparation.Proposal!;
        Assert.Equal(100m, proposal.CurrentBalance);
        Assert.Equal(1250.50m, proposal.Amount);
        Assert.Equal(1350.50m, proposal.ResultingBalance);
        Assert.Equal("UAH", proposal.Currency);
        Assert.Equal(0, _harness.Driver.Meter("M1").AppliedTokenCount);
        Assert.Empty(await _harness.ChargeStore.ListAsync("M1", 10, default));
    }

    [Fact]
    public async Task TopUpIsAppliedAndReadBack()
    {
        var meter = await _harness.AddMeterAsync("M1", 100m);

        var outcome = await ConfirmAsync("M1", 250.50m, "key-1");

        Assert.Equal(ChargeOutcomeStatus.Applied, outcome.Status);
        Assert.Equal(350.50m, meter.Balance);
        var charge = outcome.Charge!;
        Assert.Equal(ChargeState.Applied, charge.State);
        Assert.Equal(100m, charge.BalanceBefore);
        Assert.Equal(350.50m, charge.BalanceAfter);
        Assert.Equal(1, charge.TokenSequence);
        Assert.Equal(TokenStatusCode.ExecutionOk, charge.TokenStatus);
        Assert.NotNull(charge.SentAt);
        Assert.Equal(350.50m, outcome.Snapshot!.Reading!.Balance);
        Assert.Equal("Meter M1 applied 250.50; its balance is now 350.50.", outcome.Message);

        var stored = await _harness.ChargeStore.FindAsync(charge.Id, default);
        Assert.Equal(ChargeState.Applied, stored!.State);
        Assert.Equal(350.50m, (await _harness.Snapshots.GetLatestAsync("M1", default))!.Reading!.Balance);
    }

    [Fact]
    public async Task ChargeIsJournalledPendingThenApplied()
    {
        await _harness.AddMeterAsync("M1", 100m);

        var outcome = await ConfirmAsync("M1", -40m, "key-1");

        var entries = await _harness.Journal.QueryAsync(new JournalQuery(ChargeId: outcome.Charge!.Id), default);
        Assert.Equal([JournalEntryKind.ChargeApplied, JournalEntryKind.ChargePending], entries.Select(e => e.Kind));
        var applied = entries[0];
        Assert.Equal("cashier", applied.Operator);
        Assert.Equal("M1", applied.MeterSerial);
        Assert.Equal("write-off of -40.00 with token sequence 1", applied.Request);
        Assert.Equal(100m, applied.BalanceBefore);
        Assert.Equal(60m, applied.BalanceAfter);
        Assert.StartsWith("token status execution OK (3)", applied.Response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedKeyReturnsFirstResultWithoutCharging()
    {
        var meter = await _harness.AddMeterAsync("M1", 100m);

        var first = await ConfirmAsync("M1", 10m, "key-1");
        var second = await ConfirmAsync("M1", 10m, "key-1");

        Assert.Equal(ChargeOutcomeStatus.Applied, second.Status);
        Assert.True(second.WasAlreadySubmitted);
        Assert.Equal(first.Charge!.Id, second.Charge!.Id);
        Assert.Equal(1, meter.AppliedTokenCount);
        Assert.Equal(110m, meter.Balance);
        Assert.Equal("This charge was already submitted and its state is: applied. It was not sent again.", second.Message);
    }

    [Fact]
    public async Task ConcurrentRepeatsOfOneKeyChargeOnce()
    {
        var meter = await _harness.AddMeterAsync("M1", 100m);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => ConfirmAsync("M1", 10m, "key-1"))));

        Assert.Equal(1, meter.AppliedTokenCount);
        Assert.Equal(110m, meter.Balance);
        Assert.Single(outcomes.Select(o => o.Charge!.Id).Distinct());
        Assert.Single(outcomes, o => !o.WasAlreadySubmitted);
        Assert.Single(await _harness.ChargeStore.ListAsync("M1", 10, default));
    }

    [Fact]
    public async Task KeyReusedForOtherAmountIsConflict()
    {
        var meter = await _harness.AddMeterAsync("M1", 100m);
        await ConfirmAsync("M1", 10m, "key-1");

        var outcome = await ConfirmAsync("M1", 20m, "key-1");

        Assert.Equal(ChargeOutcomeStatus.Conflict, outcome.Status);
        Assert.Equal(RuleCode.IdempotencyKeyReused, outcome.Code);
        Assert.Equal(110m, meter.Balance);
    }

    [Fact]
    public async Task ResultAboveMaximumIsCancelledBeforeSending()
    {
        var meter = await _harness.AddMeterAsync("M1", 14_999_000m);

        var prepared = await _harness.Charges.PrepareAsync("M1", "1000.01", English, "cashier", "key-1", default);
        var confirmed = await ConfirmAsync("M1", 1000.01m, "key-2");

        Assert.Equal(ChargePreparationStatus.Invalid, prepared.Status);
        Assert.Equal(RuleCode.BalanceAboveMaximum, prepared.Violation!.Code);
        Assert.Contains("14,999,000.00", prepared.Message, StringComparison.Ordinal);
        Assert.Contains("15,000,000", prepared.Message, StringComparison.Ordinal);
        Assert.Equal(ChargeOutcomeStatus.Cancelled, confirmed.Status);
        Assert.Null(confirmed.Charge);
        Assert.Equal(0, meter.AppliedTokenCount);
        Assert.Empty(await _harness.ChargeStore.ListAsync("M1", 10, default));
    }

    [Fact]
    public async Task ResultAtMaximumIsApplied()
    {
        var meter = await _harness.AddMeterAsync("M1", 14_999_000m);

        var outcome = await ConfirmAsync("M1", 1000m, "key-1");

        Assert.Equal(ChargeOutcomeStatus.Applied, outcome.Status);
        Assert.Equal(15_000_000m, meter.Balance);
    }

    [Fact]
    public async Task ResultBelowMinimumIsCancelled()
    {
        var meter = await _harness.AddMeterAsync("M1", -99_000m);

        var below = await ConfirmAsync("M1", -1000.01m, "key-1");
        var atMinimum = await ConfirmAsync("M1", -1000m, "key-2");

        Assert.Equal(RuleCode.BalanceBelowMinimum, below.Code);
        Assert.Equal(ChargeOutcomeStatus.Applied, atMinimum.Status);
        Assert.Equal(-100_000m, meter.Balance);
    }

    [Theory]
    [InlineData("5 000 000,01", RuleCode.TopUpOutOfRange)]
    [InlineData("-100 000,01", RuleCode.WriteOffOutOfRange)]
    [InlineData("0", RuleCode.AmountZero)]
    [InlineData("0,001", RuleCode.NumberTooManyDecimals)]
    [InlineData("1.5", RuleCode.NumberInvalidCharacter)]
    public async Task PrepareRejectsBadAmountInUkrainian(string text, RuleCode expected)
    {
        await _harness.AddMeterAsync("M1", 100m);

        var preparation = await _harness.Charges.PrepareAsync("M1", text, Ukrainian, "cashier", "key-1", default);

        Assert.Equal(ChargePreparationStatus.Invalid, preparation.Status);
        Assert.Equal(expected, preparation.Violation!.Code);
        Assert.Matches(@"\p{IsCyrillic}", preparation.Message);
    }

    [Fact]
    public async Task LostAnswerLeavesUnknownUntilReadSettlesIt()
    {
        var meter = await _harness.AddMeterAsync("M1", 100m);
        meter.NextTopUpFault = TopUpFault.LoseResponseAfterApply;

        var outcome = await ConfirmAsync("M1", 50m, "key-1");

        Assert.Equal(ChargeOutcomeStatus.Unknown, outcome.Status);
        Assert.Equal(RuleCode.ChargeOutcomeUnknown, outcome.Code);
        Assert.Equal(150m, meter.Balance);

        await _harness.Reads.ReadAsync(["M1"], null, default);

        var settled = await _harness.ChargeStore.FindAsync(outcome.Charge!.Id, default);
        Assert.Equal(ChargeState.Applied, settled!.State);
        Assert.True(settled.SettledLater);
        Assert.Equal(150m, settled.BalanceAfter);
        Assert.Equal(1, meter.AppliedTokenCount);
        var entries = await _harness.Journal.QueryAsync(new JournalQuery(ChargeId: settled.Id), default);
        Assert.Equal(
            [JournalEntryKind.ChargeSettledApplied, JournalEntryKind.ChargeUnknown, JournalEntryKind.ChargePending],
            entries.Select(e => e.Kind));
    }

    [Fact]
    public async Task TokenLostBeforeArrivalSettlesRejected()
    {
        var meter = await _harness.AddMeterAsync("M1", 100m);
        meter.NextTopUpFault = TopUpFault.LoseBeforeArrival;

        var outcome = await ConfirmAsync("M1", 50m, "key-1");
        await _harness.Reads.ReadAsync(["M1"], null, default);

        var settled = await _harness.ChargeStore.FindAsync(outcome.Charge!.Id, default);
        Assert.Equal(ChargeState.Rejected, settled!.State);
        Assert.True(settled.SettledLater);
        Assert.Equal(100m, meter.Balance);
        Assert.Equal(0, meter.AppliedTokenCount);
    }

    [Fact]
    public async Task UnsettledChargeBlocksAnotherOnSameMeter()
    {
        var meter = await _harness.AddMeterAsync("M1", 100m);
        meter.ReportsTokenSequence = false;
        meter.NextTopUpFault = TopUpFault.LoseResponseAfterApply;
        var lost = await ConfirmAsync("M1", 50m, "key-1");

        var prepared = await _harness.Charges.PrepareAsync("M1", "10", English, "cashier", "key-2", default);
        var confirmed = await ConfirmAsync("M1", 10m, "key-2");

        Assert.Equal(ChargeOutcomeStatus.Unknown, lost.Status);
        Assert.Equal(RuleCode.MeterHasUnsettledCharge, prepared.Violation!.Code);
        Assert.StartsWith("Meter M1 has an unsettled charge of 50.00 created at ", prepared.Message, StringComparison.Ordinal);
        Assert.Equal(ChargeOutcomeStatus.Cancelled, confirmed.Status);
        Assert.Equal(RuleCode.MeterHasUnsettledCharge, confirmed.Code);
        Assert.Equal(1, meter.AppliedTokenCount);
    }

    [Fact]
    public async Task OperatorSettlesWhatReadCannotDecide()
    {
        var meter = await _harness.AddMeterAsync("M1", 100m);
        meter.NextTopUpFault = TopUpFault.LoseResponseAfterApply;
        var lost = await ConfirmAsync("M1", 50m, "key-1");
        meter.EnterToken("M1", 5, 1m, meter.TokenKey);
        await _harness.Reads.ReadAsync(["M1"], null, default);
        Assert.Equal(ChargeState.Unknown, (await _harness.ChargeStore.FindAsync(lost.Charge!.Id, default))!.State);

        var settled = await _harness.Charges.SettleByOperatorAsync(lost.Charge.Id, applied: true, "supervisor", "token history shows it", English, default);

        Assert.Equal(ChargeOutcomeStatus.Applied, settled.Status);
        Assert.True(settled.Charge!.SettledLater);
        var entry = (await _harness.Journal.QueryAsync(new JournalQuery(ChargeId: lost.Charge.Id), default))[0];
        Assert.Equal(JournalEntryKind.ChargeSettledApplied, entry.Kind);
        Assert.Equal("supervisor", entry.Operator);
    }

    [Fact]
    public async Task UndeliveredChargeIsRejected()
    {
        var meter = await _harness.AddMeterAsync("M1", 100m);
        meter.NextTopUpFault = TopUpFault.FailBeforeSending;

        var failed = await ConfirmAsync("M1", 50m, "key-1");
        var next = await ConfirmAsync("M1", 20m, "key-2");

        Assert.Equal(ChargeOutcomeStatus.Rejected, failed.Status);
        Assert.Equal(RuleCode.ChargeNotDelivered, failed.Code);
        Assert.Equal(ChargeOutcomeStatus.Applied, next.Status);
        Assert.Equal(2, next.Charge!.TokenSequence);
        Assert.Equal(120m, meter.Balance);
    }

    [Fact]
    public async Task RejectedTokenKeepsMeterStatus()
    {
        var meter = await _harness.AddMeterAsync("M1", 100m);
        var rejecting = new FakeMeter("M1", 100m, meter.TokenKey) { MaxBalance = 120m };
        _harness.Driver.Add(rejecting);

        var outcome = await ConfirmAsync("M1", 50m, "key-1");

        Assert.Equal(ChargeOutcomeStatus.Rejected, outcome.Status);
        Assert.Equal(TokenStatusCode.ValidationFailure, outcome.Charge!.TokenStatus);
        Assert.Equal(100m, rejecting.Balance);
        Assert.Contains("validation failure (6)", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SequenceContinuesAfterTokensFromElsewhere()
    {
        var meter = await _harness.AddMeterAsync("M1", 100m);
        meter.EnterToken("M1", 40, 5m, meter.TokenKey);

        var outcome = await ConfirmAsync("M1", 10m, "key-1");

        Assert.Equal(41, outcome.Charge!.TokenSequence);
        Assert.Equal(115m, meter.Balance);
        Assert.Equal(41, (await _harness.MeterStore.FindAsync("M1", default))!.LastTokenSequence);
    }

    [Fact]
    public async Task MeterStillProcessingLeavesUnknown()
    {
        var meter = await _harness.AddMeterAsync("M1", 100m);
        meter.NextTopUpFault = TopUpFault.StillProcessing;

        var outcome = await ConfirmAsync("M1", 10m, "key-1");

        Assert.Equal(ChargeOutcomeStatus.Unknown, outcome.Status);
    }

    [Fact]
    public async Task InterruptedPendingChargeBecomesUnknown()
    {
        await _harness.AddMeterAsync("M1", 100m);
        var charge = new Charge(Guid.NewGuid(), "key-1", "M1", "cashier", 10m, 100m, 1, DateTimeOffset.UtcNow.AddHours(-1));
        var entry = new JournalEntry(charge.CreatedAt, "cashier", "M1", JournalEntryKind.ChargePending, "top-up", null, 100m, null, charge.Id);
        Assert.Equal(AddPendingStatus.Added, (await _harness.ChargeStore.AddPendingAsync(charge, entry, default)).Status);

        var marked = await _harness.Charges.RecoverInterruptedAsync(TimeSpan.FromMinutes(10), default);

        Assert.Equal(1, marked);
        Assert.Equal(ChargeState.Unknown, (await _harness.ChargeStore.FindAsync(charge.Id, default))!.State);
    }

    [Fact]
    public async Task UnknownMeterIsCancelled()
    {
        var outcome = await ConfirmAsync("NOPE", 10m, "key-1");

        Assert.Equal(ChargeOutcomeStatus.Cancelled, outcome.Status);
        Assert.Equal("Meter NOPE is not in the register.", outcome.Message);
    }

    [Fact]
    public async Task UnreachableMeterIsCancelledWithTheError()
    {
        await _harness.AddMeterAsync("M1", 100m, port: 5001);
        _harness.Driver.DeadChannels[new OpenPrepaid.Core.Register.ChannelIdentity("tcp:127.0.0.1:5001")] = true;

        var outcome = await ConfirmAsync("M1", 10m, "key-1");

        Assert.Equal(ChargeOutcomeStatus.Cancelled, outcome.Status);
        Assert.Equal(RuleCode.MeterReadFailed, outcome.Code);
        Assert.Contains("timed out", outcome.Message, StringComparison.Ordinal);
    }

    private Task<ChargeOutcome> ConfirmAsync(string serial, decimal amount, string key) =>
        _harness.Charges.ConfirmAsync(new ChargeRequest(serial, amount, "cashier", key), English, default);
}
