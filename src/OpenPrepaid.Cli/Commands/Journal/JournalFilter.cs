using OpenPrepaid.Core.Journal;

namespace OpenPrepaid.Cli.Commands.Journal;

/// <summary>What <c>journal</c> lists; null and empty fields do not filter.</summary>
/// <param name="To">Exclusive end of the time range.</param>
internal sealed record JournalFilter(
    string? Serial,
    IReadOnlySet<JournalEntryKind> Kinds,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int Limit);
