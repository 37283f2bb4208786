using OpenPrepaid.Core.Charges;

namespace OpenPrepaid.Cli.Output;

/// <summary>The <c>--json</c> result of <c>charge</c>. Amounts and balances are in the meter's currency units.</summary>
/// <param name="BalanceAfter">The balance read back from the meter after the charge, or null when it could not be read.</param>
/// <param name="State"><c>applied</c>, <c>rejected</c>, <c>unknown</c> (the response was lost after sending) or <c>pending</c>.</param>
/// <param name="Message">What happened, in the language of <c>--culture</c>.</param>
/// <param name="AlreadySubmitted">True when the idempotency key matched an earlier charge, which is reported and not sent again.</param>
internal sealed record ChargeDocument(
    string Serial,
    decimal Amount,
    string? Currency,
    decimal BalanceBefore,
    decimal? BalanceAfter,
    string State,
    string Message,
    string IdempotencyKey,
    Guid ChargeId,
    bool AlreadySubmitted)
{
    public static ChargeDocument From(Charge charge, ChargeOutcome outcome, string? currency) => new(
        charge.MeterSerial,
        charge.Amount,
        currency,
        charge.BalanceBefore,
        charge.BalanceAfter,
        StateName(charge.State),
        outcome.Message,
        charge.IdempotencyKey,
        charge.Id,
        outcome.WasAlreadySubmitted);

    public static string StateName(ChargeState state) => state switch
    {
        ChargeState.Applied => "applied",
        ChargeState.Rejected => "rejected",
        ChargeState.Unknown => "unknown",
        _ => "pending",
    };
}
