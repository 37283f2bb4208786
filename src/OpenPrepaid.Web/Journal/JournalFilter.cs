using OpenPrepaid.Core.Journal;

namespace OpenPrepaid.Web.Journal;

/// <summary>A filter over the journal; null fields do not filter. <see cref="Operator"/> matches part of the name, ignoring case.</summary>
/// <param name="To">Exclusive end of the time range.</param>
public sealed record JournalFilter(
    string? MeterSerial = null,
    JournalEntryKind? Kind = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Operator = null,
    int Limit = 200)
{
    public const int MaxLimit = JournalQuery.MaxLimit;
}
