using OpenPrepaid.Core.Journal;

namespace OpenPrepaid.Cli.Commands.Journal;

/// <summary>Turns the options of <c>journal</c> into a query of the domain's journal.</summary>
internal static class JournalQueries
{
    /// <summary>Returns the matching entries, newest first.</summary>
    public static Task<IReadOnlyList<JournalEntry>> FindAsync(IJournal journal, JournalFilter filter, CancellationToken cancellationToken)
    {
        var query = new JournalQuery(
            MeterSerial: filter.Serial,
            From: filter.From,
            To: filter.To,
            Limit: filter.Limit,
            Kinds: filter.Kinds.Count > 0 ? filter.Kinds : null);
        return journal.QueryAsync(query, cancellationToken);
    }
}
