namespace OpenPrepaid.Core.Journal;

/// <summary>A filter over the journal; null and empty fields do not filter. Entries come newest first.</summary>
/// <param name="To">Exclusive end of the time range.</param>
/// <param name="Kinds">Entry kinds to include.</param>
/// <param name="Operator">Part of the operator's name, matched ignoring case.</param>
/// <param name="Limit">Maximum number of entries, from 1 to <see cref="MaxLimit"/>.</param>
public sealed record JournalQuery(
    string? MeterSerial = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    Guid? ChargeId = null,
    int Limit = 200,
    IReadOnlyCollection<JournalEntryKind>? Kinds = null,
    string? Operator = null)
{
    public const int MaxLimit = 10_000;
}
