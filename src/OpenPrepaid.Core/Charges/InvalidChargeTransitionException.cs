namespace OpenPrepaid.Core.Charges;

/// <summary>A charge was asked to move between two states that its life does not connect.</summary>
public sealed class InvalidChargeTransitionException : InvalidOperationException
{
    public InvalidChargeTransitionException(Guid chargeId, ChargeState from, ChargeState to)
        : base($"Charge {chargeId} cannot move from {from} to {to}.")
    {
        ChargeId = chargeId;
        From = from;
        To = to;
    }

    public Guid ChargeId { get; }

    public ChargeState From { get; }

    public ChargeState To { get; }
}
