using OpenPrepaid.Core.Journal;

namespace OpenPrepaid.Core.Charges;

/// <summary>
/// Storage of charges. The database enforces what concurrent callers could otherwise break: a unique
/// idempotency key, at most one Pending or Unknown charge per meter, and a unique token sequence per meter.
/// </summary>
public interface IChargeStore
{
    Task<Charge?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<Charge?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Returns the meter's Pending or Unknown charge, if it has one.</summary>
    Task<Charge?> FindUnsettledAsync(string meterSerial, CancellationToken cancellationToken);

    Task<IReadOnlyList<Charge>> ListUnknownAsync(string meterSerial, CancellationToken cancellationToken);

    Task<IReadOnlyList<Charge>> ListPendingCreatedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Lists charges newest first, of one meter or of all when <paramref name="meterSerial"/> is null.</summary>
    Task<IReadOnlyList<Charge>> ListAsync(string? meterSerial, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: stores a new Pending charge, raises the meter's last token sequence to the
    /// charge's, and appends <paramref name="entry"/> to the journal. Conflicts come back as a status, not
    /// as an exception.
    /// </summary>
    Task<AddPendingResult> AddPendingAsync(Charge charge, JournalEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: saves the charge's new state and appends <paramref name="entries"/>, but only
    /// while the stored charge is still in <paramref name="expectedStoredState"/>. Returns false, saving
    /// nothing, when another caller moved it first.
    /// </summary>
    Task<bool> SaveAsync(Charge charge, ChargeState expectedStoredState, IReadOnlyList<JournalEntry> entries, CancellationToken cancellationToken);
}
