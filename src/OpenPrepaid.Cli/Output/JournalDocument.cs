using OpenPrepaid.Core.Journal;

namespace OpenPrepaid.Cli.Output;

/// <summary>A journal entry in <c>--json</c> output. Request and response are in English, as the journal stores them.</summary>
internal sealed record JournalDocument(
    long Id,
    DateTimeOffset At,
    string Operator,
    string Serial,
    JournalEntryKind Kind,
    string Request,
    string? Response,
    decimal? BalanceBefore,
    decimal? BalanceAfter,
    Guid? ChargeId)
{
    public static JournalDocument From(JournalEntry entry) => new(
        entry.Id, entry.At, entry.Operator, entry.MeterSerial, entry.Kind, entry.Request, entry.Response, entry.BalanceBefore, entry.BalanceAfter, entry.ChargeId);
}
