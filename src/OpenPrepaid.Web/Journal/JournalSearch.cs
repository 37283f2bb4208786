using OpenPrepaid.Core.Journal;

namespace OpenPrepaid.Web.Journal;

/// <summary>Queries the journal with the filters the console and the API offer, through the domain's journal.</summary>
public sealed class JournalSearch(IJournal journal)
{
    /// <summary>Returns matching entries, newest first.</summary>
    public Task<IReadOnlyList<JournalEntry>> QueryAsync(JournalFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);

        var serial = string.IsNullOrWhiteSpace(filter.MeterSerial) ? null : filter.MeterSerial.Trim();
        var query = new JournalQuery(
            MeterSerial: serial,
            From: filter.From,
            To: filter.To,
            Limit: Math.Clamp(filter.Limit, 1, JournalFilter.MaxLimit),
            Kinds: filter.Kind is { } kind ? [kind] : null,
            Operator: filter.Operator);
        return journal.QueryAsync(query, cancellationToken);
    }
}
