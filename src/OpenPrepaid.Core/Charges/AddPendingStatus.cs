namespace OpenPrepaid.Core.Charges;

public enum AddPendingStatus
{
    Added = 0,

    /// <summary>A charge with the same idempotency key exists; it is returned and nothing new was stored.</summary>
    DuplicateKey = 1,

    /// <summary>The meter has a Pending or Unknown charge; it is returned and nothing new was stored.</summary>
    MeterBusy = 2,

    /// <summary>The token sequence number was issued meanwhile by another process; nothing was stored.</summary>
    SequenceTaken = 3,

    MeterNotFound = 4,
}
