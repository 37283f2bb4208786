using Microsoft.EntityFrameworkCore;
using OpenPrepaid.Core.Journal;

namespace OpenPrepaid.Data.Stores;

/// <summary>The journal: append and query, deliberately nothing else.</summary>
internal sealed class EfJournal(IDbContextFactory<OpenPrepaidDbContext> factory) : IJournal
{
    public async Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Journal.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<JournalEntry>> QueryAsync(JournalQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entries = db.Journal.AsNoTracking();
        if (query.MeterSerial is { } serial)
        {
            entries = entries.Where(j => j.MeterSerial == serial);
        }

        if (query.ChargeId is { } chargeId)
        {
            entries = entries.Where(j => j.ChargeId == chargeId);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(j => j.At >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(j => j.At < to);
        }

        if (query.Kinds is { Count: > 0 } kinds)
        {
            var included = kinds.ToList();
            entries = entries.Where(j => included.Contains(j.Kind));
        }

        if (!string.IsNullOrWhiteSpace(query.Operator))
        {
            var name = query.Operator.Trim().ToLowerInvariant();
            entries = entries.Where(j => j.Operator.ToLower().Contains(name));
        }

        return await entries.OrderByDescending(j => j.Id).Take(Math.Clamp(query.Limit, 1, JournalQuery.MaxLimit)).ToListAsync(cancellationToken);
    }
}
