namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>Result of Credit update_amount: the outcome and the balance afterwards, in minor units.</summary>
public sealed record CreditUpdateResult(CreditUpdateOutcome Outcome, long BalanceAfter)
{
    public bool IsApplied => Outcome == CreditUpdateOutcome.Applied;
}
