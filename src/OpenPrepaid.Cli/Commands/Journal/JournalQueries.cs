using Microsoft.EntityFrameworkCore;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Data;

namespace OpenPrepaid.Cli.Commands.Journal;

/// <summary>
/// Reads the journal table directly, because the domain's journal query has no kind filter. It only reads; the
/// journal is append-only.
/// </summary>
internal static class JournalQueries
{
    /// <summary>Returns the matching entries, newest first.</summary>
    public static async Task<IReadOnlyList<JournalEntry>> FindAsync(
        IDbContextFactory<OpenPrepaidDbContext> factory, JournalFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var entries = db.Journal.AsNoTracking();
        if (filter.Serial is { } serial)
        {
            entries = entries.Where(j => j.MeterSerial == serial);
        }

        if (filter.Kinds.Count > 0)
        {
            var kinds = filter.Kinds.ToList();
            entries = entries.Where(j => kinds.Contains(j.Kind));
        }

        if (filter.From is { } from)
        {
            entries = entries.Where(j => j.At >= from);
        }

        if (filter.To is { } to)
        {
            entries = entries.Where(j => j.At < to);
        }

        return await entries.OrderByDescending(j => j.Id).Take(filter.Limit).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
