namespace OpenPrepaid.Core.Journal;

/// <summary>
/// One line of the append-only journal: who requested what of which meter, when, and how the meter responded.
/// Entries are never edited or deleted; a correction is a new entry.
/// </summary>
public sealed class JournalEntry
{
    public const int MaxOperatorLength = 100;
    public const int MaxTextLength = 4000;

    public JournalEntry(
        DateTimeOffset at,
        string operatorName,
        string meterSerial,
        JournalEntryKind kind,
        string request,
        string? response,
        decimal? balanceBefore = null,
        decimal? balanceAfter = null,
        Guid? chargeId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorName);
        ArgumentException.ThrowIfNullOrWhiteSpace(meterSerial);
        ArgumentException.ThrowIfNullOrWhiteSpace(request);

        At = at;
        Operator = operatorName.Length <= MaxOperatorLength ? operatorName : operatorName[..MaxOperatorLength];
        MeterSerial = meterSerial;
        Kind = kind;
        Request = Truncate(request);
        Response = response is null ? null : Truncate(response);
        BalanceBefore = balanceBefore;
        BalanceAfter = balanceAfter;
        ChargeId = chargeId;
    }

    // Used by EF Core to materialise rows.
    private JournalEntry()
    {
        Operator = string.Empty;
        MeterSerial = string.Empty;
        Request = string.Empty;
    }

    /// <summary>Assigned by the database; increases in the order entries were appended.</summary>
    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Operator { get; private set; }

    public string MeterSerial { get; private set; }

    public JournalEntryKind Kind { get; private set; }

    /// <summary>What was requested of the meter, in words (English).</summary>
    public string Request { get; private set; }

    /// <summary>The meter's response in words, or null while there is none yet.</summary>
    public string? Response { get; private set; }

    public decimal? BalanceBefore { get; private set; }

    public decimal? BalanceAfter { get; private set; }

    public Guid? ChargeId { get; private set; }

    private static string Truncate(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength];
}
