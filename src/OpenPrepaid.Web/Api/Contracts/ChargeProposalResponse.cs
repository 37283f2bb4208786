using OpenPrepaid.Core.Charges;

namespace OpenPrepaid.Web.Api.Contracts;

/// <summary>What to confirm: the balance just read from the meter, the amount and the balance that would result.</summary>
/// <param name="IdempotencyKey">The key to send as Idempotency-Key when confirming.</param>
public sealed record ChargeProposalResponse(
    string MeterSerial,
    decimal CurrentBalance,
    string? Currency,
    decimal Amount,
    decimal ResultingBalance,
    DateTimeOffset BalanceReadAt,
    string IdempotencyKey)
{
    public static ChargeProposalResponse From(ChargeProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);

        return new ChargeProposalResponse(
            proposal.MeterSerial, proposal.CurrentBalance, proposal.Currency, proposal.Amount, proposal.ResultingBalance, proposal.BalanceReadAt, proposal.IdempotencyKey);
    }
}
