namespace OpenPrepaid.Core.Charges;

public enum ChargeOutcomeStatus
{
    Applied = 0,
    Rejected = 1,

    /// <summary>The response was lost after sending, so a later read of the meter settles it.</summary>
    Unknown = 2,

    /// <summary>A repeated request found its first attempt still in progress.</summary>
    Pending = 3,

    /// <summary>Stopped before anything was stored or sent.</summary>
    Cancelled = 4,

    /// <summary>The idempotency key was used before for a different meter or amount.</summary>
    Conflict = 5,
}
