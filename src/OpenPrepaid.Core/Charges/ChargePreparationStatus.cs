namespace OpenPrepaid.Core.Charges;

public enum ChargePreparationStatus
{
    /// <summary>The proposal is ready for the operator to confirm.</summary>
    Ready = 0,

    /// <summary>A rule stopped the charge; nothing was stored or sent.</summary>
    Invalid = 1,

    /// <summary>The idempotency key belongs to a charge already submitted; it is returned instead.</summary>
    AlreadySubmitted = 2,
}
