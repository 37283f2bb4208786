using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Readings;

namespace OpenPrepaid.Web.Api.Contracts;

/// <summary>A stored charge.</summary>
public sealed record ChargeResponse(
    Guid Id,
    string IdempotencyKey,
    string MeterSerial,
    string Operator,
    decimal Amount,
    decimal BalanceBefore,
    decimal? BalanceAfter,
    long TokenSequence,
    ChargeState State,
    bool SettledLater,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? SettledAt,
    TokenStatusCode? TokenStatus,
    string? Message)
{
    public static ChargeResponse From(Charge charge)
    {
        ArgumentNullException.ThrowIfNull(charge);

        return new ChargeResponse(
            charge.Id, charge.IdempotencyKey, charge.MeterSerial, charge.Operator, charge.Amount, charge.BalanceBefore, charge.BalanceAfter,
            charge.TokenSequence, charge.State, charge.SettledLater, charge.CreatedAt, charge.SentAt, charge.SettledAt, charge.TokenStatus, charge.Message);
    }
}
