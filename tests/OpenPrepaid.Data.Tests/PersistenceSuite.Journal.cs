using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OpenPrepaid.Core.Journal;

namespace OpenPrepaid.Data.Tests;

public abstract partial class PersistenceSuite<TFixture>
{
    [Fact]
    public async Task JournalReturnsNewestFirstWithFilters()
    {
        var serial = await AddMeterAsync();
        for (var i = 0; i < 3; i++)
        {
            await Fixture.Journal.AppendAsync(
                new JournalEntry(Noon.AddMinutes(i), "engineer", serial, JournalEntryKind.SettingsWrite, $"write {i}", "ok"), default);
        }

        var all = await Fixture.Journal.QueryAsync(new JournalQuery(serial), default);
        var window = await Fixture.Journal.QueryAsync(new JournalQuery(serial, From: Noon.AddMinutes(1), To: Noon.AddMinutes(2)), default);
        var limited = await Fixture.Journal.QueryAsync(new JournalQuery(serial, Limit: 1), default);

        Assert.Equal(["write 2", "write 1", "write 0"], all.Select(e => e.Request));
        Assert.Equal("write 1", Assert.Single(window).Request);
        Assert.Equal("write 2", Assert.Single(limited).Request);
    }

    [Fact]
    public async Task JournalFiltersByKindAndOperator()
    {
        var serial = await AddMeterAsync();
        await Fixture.Journal.AppendAsync(new JournalEntry(Noon, "Olena Engineer", serial, JournalEntryKind.SettingsWrite, "write", "ok"), default);
        await Fixture.Journal.AppendAsync(new JournalEntry(Noon.AddMinutes(1), "cashier", serial, JournalEntryKind.ChargePending, "charge", "pending"), default);

        var writes = await Fixture.Journal.QueryAsync(new JournalQuery(serial, Kinds: [JournalEntryKind.SettingsWrite]), default);
        var byOperator = await Fixture.Journal.QueryAsync(new JournalQuery(serial, Operator: " engineer "), default);
        var none = await Fixture.Journal.QueryAsync(new JournalQuery(serial, Kinds: [JournalEntryKind.ChargePending], Operator: "olena"), default);

        Assert.Equal("write", Assert.Single(writes).Request);
        Assert.Equal("Olena Engineer", Assert.Single(byOperator).Operator);
        Assert.Empty(none);
    }

    [Fact]
    public async Task JournalEntriesCannotBeChangedThroughTheContext()
    {
        var serial = await AddMeterAsync();
        await Fixture.Journal.AppendAsync(new JournalEntry(Noon, "engineer", serial, JournalEntryKind.SettingsWrite, "write", "ok"), default);

        await using var db = Fixture.CreateContext();
        var entry = await db.Journal.SingleAsync(e => e.MeterSerial == serial);
        db.Entry(entry).Property(e => e.Response).CurrentValue = "rewritten";
        var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.Journal.Remove(entry);
        var removed = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("append-only", changed.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be deleted", removed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatabaseRejectsJournalEdits()
    {
        var serial = await AddMeterAsync();
        await Fixture.Journal.AppendAsync(new JournalEntry(Noon, "engineer", serial, JournalEntryKind.SettingsWrite, "write", "ok"), default);

        await using var db = Fixture.CreateContext();
        var update = await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Database.ExecuteSqlAsync($"UPDATE \"JournalEntries\" SET \"Response\" = 'rewritten' WHERE \"MeterSerial\" = {serial}"));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Database.ExecuteSqlAsync($"DELETE FROM \"JournalEntries\" WHERE \"MeterSerial\" = {serial}"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal("ok", Assert.Single(await Fixture.Journal.QueryAsync(new JournalQuery(serial), default)).Response);
    }
}
