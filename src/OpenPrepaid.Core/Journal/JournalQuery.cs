namespace OpenPrepaid.Core.Journal;

/// <summary>A filter over the journal; null fields do not filter. Entries come newest first.</summary>
public sealed record JournalQuery(
    string? MeterSerial = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    Guid? ChargeId = null,
    int Limit = 200);
