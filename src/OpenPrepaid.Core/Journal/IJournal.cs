namespace OpenPrepaid.Core.Journal;

/// <summary>
/// The append-only journal. It offers no way to change or remove an entry, and the database refuses
/// UPDATE and DELETE on its table as well.
/// </summary>
public interface IJournal
{
    Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken);

    Task<IReadOnlyList<JournalEntry>> QueryAsync(JournalQuery query, CancellationToken cancellationToken);
}
