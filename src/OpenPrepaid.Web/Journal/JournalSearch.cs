using Microsoft.EntityFrameworkCore;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Data;

namespace OpenPrepaid.Web.Journal;

/// <summary>
/// Queries the journal with the filters the console and the API offer. It reads the journal table directly
/// because the domain's query has no kind or operator filter; it never writes.
/// </summary>
public sealed class JournalSearch(IDbContextFactory<OpenPrepaidDbContext> factory)
{
    /// <summary>Returns matching entries, newest first.</summary>
    public async Task<IReadOnlyList<JournalEntry>> QueryAsync(JournalFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entries = db.Journal.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.MeterSerial))
        {
            var serial = filter.MeterSerial.Trim();
            entries = entries.Where(j => j.MeterSerial == serial);
        }

        if (filter.Kind is { } kind)
        {
            entries = entries.Where(j => j.Kind == kind);
        }

        if (filter.From is { } from)
        {
            entries = entries.Where(j => j.At >= from);
        }

        if (filter.To is { } to)
        {
            entries = entries.Where(j => j.At < to);
        }

        if (!string.IsNullOrWhiteSpace(filter.Operator))
        {
            var name = filter.Operator.Trim().ToLowerInvariant();
            entries = entries.Where(j => j.Operator.ToLower().Contains(name));
        }

        return await entries
            .OrderByDescending(j => j.Id)
            .Take(Math.Clamp(filter.Limit, 1, JournalFilter.MaxLimit))
            .ToListAsync(cancellationToken);
    }
}
