namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>Outcome of a change of the balance by a token or by the Credit object's update_amount.</summary>
public enum CreditUpdateOutcome
{
    Applied,
    ZeroAmount,

    /// <summary>The amount, of either sign, is larger than the maximum vend limit.</summary>
    AboveMaxVendLimit,

    /// <summary>A top-up would take the balance above the maximum credit limit.</summary>
    AboveMaxCreditLimit,

    /// <summary>A write-off would take the balance below the minimum balance (the write-off floor).</summary>
    BelowMinimumBalance,
}
