using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Core.Readings;

namespace OpenPrepaid.Data.Tests;

public abstract partial class PersistenceSuite<TFixture>
{
    [Fact]
    public async Task PendingChargeRaisesSequenceAndJournals()
    {
        var serial = await AddMeterAsync();

        var charge = await AddPendingAsync(serial, NewKey(), sequence: 3);

        var stored = (await Fixture.Charges.FindAsync(charge.Id, default))!;
        Assert.Equal(ChargeState.Pending, stored.State);
        Assert.Equal(25.50m, stored.Amount);
        Assert.Equal(100.1234m, stored.BalanceBefore);
        Assert.Equal(Noon, stored.CreatedAt);
        Assert.Equal(3, (await Fixture.Meters.FindAsync(serial, default))!.LastTokenSequence);
        Assert.Equal(JournalEntryKind.ChargePending, Assert.Single(await Fixture.Journal.QueryAsync(new JournalQuery(serial), default)).Kind);
    }

    [Fact]
    public async Task IdempotencyKeyIsUnique()
    {
        var serial = await AddMeterAsync();
        var key = NewKey();
        var first = await AddPendingAsync(serial, key, sequence: 1);
        await SettleAsync(first, ChargeState.Pending);

        var repeat = NewCharge(serial, key, 2, Noon);
        var result = await Fixture.Charges.AddPendingAsync(repeat, PendingEntry(repeat), default);

        Assert.Equal(AddPendingStatus.DuplicateKey, result.Status);
        Assert.Equal(first.Id, result.Existing!.Id);
        Assert.Null(await Fixture.Charges.FindAsync(repeat.Id, default));
        Assert.Equal(1, (await Fixture.Meters.FindAsync(serial, default))!.LastTokenSequence);
    }

    [Fact]
    public async Task ConcurrentInsertsOfOneKeyStoreOne()
    {
        var serial = await AddMeterAsync();
        var key = NewKey();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var charge = NewCharge(serial, key, 1, Noon);
            return await Fixture.Charges.AddPendingAsync(charge, PendingEntry(charge), default);
        })));

        Assert.Single(results, r => r.Status == AddPendingStatus.Added);
        Assert.All(results.Where(r => r.Status != AddPendingStatus.Added), r => Assert.Equal(AddPendingStatus.DuplicateKey, r.Status));
        Assert.Single(await Fixture.Charges.ListAsync(serial, 100, default));
    }

    [Fact]
    public async Task MeterHoldsOneUnsettledChargeAtATime()
    {
        var serial = await AddMeterAsync();
        var first = await AddPendingAsync(serial, NewKey(), sequence: 1);

        var second = NewCharge(serial, NewKey(), 2, Noon);
        var blocked = await Fixture.Charges.AddPendingAsync(second, PendingEntry(second), default);
        await SettleAsync(first, ChargeState.Pending);
        var admitted = await Fixture.Charges.AddPendingAsync(second, PendingEntry(second), default);

        Assert.Equal(AddPendingStatus.MeterBusy, blocked.Status);
        Assert.Equal(first.Id, blocked.Existing!.Id);
        Assert.Equal(AddPendingStatus.Added, admitted.Status);
    }

    [Fact]
    public async Task UnknownChargeAlsoBlocksTheMeter()
    {
        var serial = await AddMeterAsync();
        var first = await AddPendingAsync(serial, NewKey(), sequence: 1);
        first.MarkUnknown("lost");
        Assert.True(await Fixture.Charges.SaveAsync(first, ChargeState.Pending, [], default));

        var second = NewCharge(serial, NewKey(), 2, Noon);
        var blocked = await Fixture.Charges.AddPendingAsync(second, PendingEntry(second), default);

        Assert.Equal(AddPendingStatus.MeterBusy, blocked.Status);
        Assert.Equal(first.Id, (await Fixture.Charges.FindUnsettledAsync(serial, default))!.Id);
        Assert.Equal([first.Id], (await Fixture.Charges.ListUnknownAsync(serial, default)).Select(c => c.Id));
    }

    [Fact]
    public async Task TokenSequenceIsNeverIssuedTwice()
    {
        var serial = await AddMeterAsync();
        var first = await AddPendingAsync(serial, NewKey(), sequence: 4);
        await SettleAsync(first, ChargeState.Pending);

        var reuse = NewCharge(serial, NewKey(), 4, Noon);
        var lower = NewCharge(serial, NewKey(), 3, Noon);

        Assert.Equal(AddPendingStatus.SequenceTaken, (await Fixture.Charges.AddPendingAsync(reuse, PendingEntry(reuse), default)).Status);
        Assert.Equal(AddPendingStatus.SequenceTaken, (await Fixture.Charges.AddPendingAsync(lower, PendingEntry(lower), default)).Status);
    }

    [Fact]
    public async Task ChargeForUnregisteredMeterIsRefused()
    {
        var charge = NewCharge(NewSerial(), NewKey(), 1, Noon);

        var result = await Fixture.Charges.AddPendingAsync(charge, PendingEntry(charge), default);

        Assert.Equal(AddPendingStatus.MeterNotFound, result.Status);
    }

    [Fact]
    public async Task SettlementSavesOnlyFromTheExpectedState()
    {
        var serial = await AddMeterAsync();
        var charge = await AddPendingAsync(serial, NewKey(), sequence: 1);
        charge.MarkSent(Noon.AddSeconds(1));
        charge.Apply(125.6234m, TokenStatusCode.ExecutionOk, "applied", Noon.AddSeconds(2));
        var entry = new JournalEntry(Noon.AddSeconds(2), "cashier", serial, JournalEntryKind.ChargeApplied, "top-up", "ok", 100.1234m, 125.6234m, charge.Id);

        var wrongState = await Fixture.Charges.SaveAsync(charge, ChargeState.Unknown, [entry], default);
        var saved = await Fixture.Charges.SaveAsync(charge, ChargeState.Pending, [entry], default);
        var again = await Fixture.Charges.SaveAsync(charge, ChargeState.Pending, [entry], default);

        Assert.False(wrongState);
        Assert.True(saved);
        Assert.False(again);
        var stored = (await Fixture.Charges.FindAsync(charge.Id, default))!;
        Assert.Equal(ChargeState.Applied, stored.State);
        Assert.Equal(125.6234m, stored.BalanceAfter);
        Assert.Equal(TokenStatusCode.ExecutionOk, stored.TokenStatus);
        Assert.Equal(Noon.AddSeconds(1), stored.SentAt);
        Assert.Equal(Noon.AddSeconds(2), stored.SettledAt);
        Assert.Equal(2, (await Fixture.Journal.QueryAsync(new JournalQuery(ChargeId: charge.Id), default)).Count);
    }

    [Fact]
    public async Task StalePendingChargesAreFoundByCreationTime()
    {
        var serial = await AddMeterAsync();
        var old = await AddPendingAsync(serial, NewKey(), sequence: 1, createdAt: Noon.AddHours(-3));

        var before = await Fixture.Charges.ListPendingCreatedBeforeAsync(Noon.AddHours(-2), default);
        var none = await Fixture.Charges.ListPendingCreatedBeforeAsync(Noon.AddHours(-4), default);

        Assert.Contains(before, c => c.Id == old.Id);
        Assert.DoesNotContain(none, c => c.Id == old.Id);
    }

    private async Task SettleAsync(Charge charge, ChargeState expected)
    {
        charge.Apply(126m, TokenStatusCode.ExecutionOk, "applied", Noon);
        Assert.True(await Fixture.Charges.SaveAsync(charge, expected, [], default));
    }
}
