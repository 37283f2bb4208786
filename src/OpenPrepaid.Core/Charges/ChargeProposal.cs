namespace OpenPrepaid.Core.Charges;

/// <summary>What the operator confirms: the meter, its balance just read, the amount and the balance that would result.</summary>
public sealed record ChargeProposal(
    string MeterSerial,
    decimal CurrentBalance,
    string? Currency,
    decimal Amount,
    decimal ResultingBalance,
    DateTimeOffset BalanceReadAt,
    string Operator,
    string IdempotencyKey)
{
    public ChargeRequest ToRequest() => new(MeterSerial, Amount, Operator, IdempotencyKey);
}
