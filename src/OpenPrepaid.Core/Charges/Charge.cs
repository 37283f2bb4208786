using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Charges;

/// <summary>
/// One top-up or write-off of one meter, keyed by the idempotency key the operator's form was built with.
/// Its state changes only through the named transitions, which throw
/// <see cref="InvalidChargeTransitionException"/> on a move its life does not allow.
/// </summary>
public sealed class Charge
{
    public const int MaxIdempotencyKeyLength = 100;
    public const int MaxOperatorLength = 100;
    public const int MaxMessageLength = 1000;

    public Charge(
        Guid id,
        string idempotencyKey,
        string meterSerial,
        string operatorName,
        decimal amount,
        decimal balanceBefore,
        long tokenSequence,
        DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(meterSerial);
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(idempotencyKey.Length, MaxIdempotencyKeyLength, nameof(idempotencyKey));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(operatorName.Length, MaxOperatorLength, nameof(operatorName));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tokenSequence);
        if (ChargeRules.CheckAmount(amount) is { } violation)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, violation.ToString());
        }

        Id = id;
        IdempotencyKey = idempotencyKey;
        MeterSerial = meterSerial;
        Operator = operatorName;
        Amount = amount;
        BalanceBefore = balanceBefore;
        TokenSequence = tokenSequence;
        CreatedAt = createdAt;
        State = ChargeState.Pending;
    }

    // Used by EF Core to materialise rows.
    private Charge()
    {
        IdempotencyKey = string.Empty;
        MeterSerial = string.Empty;
        Operator = string.Empty;
    }

    public Guid Id { get; private set; }

    public string IdempotencyKey { get; private set; }

    public string MeterSerial { get; private set; }

    public string Operator { get; private set; }

    /// <summary>Signed amount in money units: positive for a top-up, negative for a write-off.</summary>
    public decimal Amount { get; private set; }

    /// <summary>Balance read from the meter just before the charge was stored.</summary>
    public decimal BalanceBefore { get; private set; }

    /// <summary>Balance read back after the charge, when it could be read.</summary>
    public decimal? BalanceAfter { get; private set; }

    public long TokenSequence { get; private set; }

    public ChargeState State { get; private set; }

    /// <summary>True when the outcome was settled after the fact, from an Unknown state.</summary>
    public bool SettledLater { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? SettledAt { get; private set; }

    /// <summary>The token status the meter reported for this charge's token.</summary>
    public TokenStatusCode? TokenStatus { get; private set; }

    /// <summary>What happened, in words (English), for the journal and support.</summary>
    public string? Message { get; private set; }

    public bool IsSettled => State is ChargeState.Applied or ChargeState.Rejected;

    public void MarkSent(DateTimeOffset at)
    {
        Require(ChargeState.Pending, ChargeState.Pending);
        SentAt = at;
    }

    public void Apply(decimal? balanceAfter, TokenStatusCode? tokenStatus, string message, DateTimeOffset at)
    {
        Require(ChargeState.Pending, ChargeState.Applied);
        Settle(ChargeState.Applied, balanceAfter, tokenStatus, message, at);
    }

    public void Reject(decimal? balanceAfter, TokenStatusCode? tokenStatus, string message, DateTimeOffset at)
    {
        Require(ChargeState.Pending, ChargeState.Rejected);
        Settle(ChargeState.Rejected, balanceAfter, tokenStatus, message, at);
    }

    public void MarkUnknown(string message)
    {
        Require(ChargeState.Pending, ChargeState.Unknown);
        State = ChargeState.Unknown;
        Message = Truncate(message);
    }

    public void SettleApplied(decimal? balanceAfter, TokenStatusCode? tokenStatus, string message, DateTimeOffset at)
    {
        Require(ChargeState.Unknown, ChargeState.Applied);
        SettledLater = true;
        Settle(ChargeState.Applied, balanceAfter, tokenStatus, message, at);
    }

    public void SettleRejected(decimal? balanceAfter, TokenStatusCode? tokenStatus, string message, DateTimeOffset at)
    {
        Require(ChargeState.Unknown, ChargeState.Rejected);
        SettledLater = true;
        Settle(ChargeState.Rejected, balanceAfter, tokenStatus, message, at);
    }

    public override string ToString() =>
        $"charge {Id} of {Amount} on meter {MeterSerial} with token {TokenSequence}: {State}";

    private void Settle(ChargeState state, decimal? balanceAfter, TokenStatusCode? tokenStatus, string message, DateTimeOffset at)
    {
        State = state;
        BalanceAfter = balanceAfter;
        TokenStatus = tokenStatus ?? TokenStatus;
        Message = Truncate(message);
        SettledAt = at;
    }

    private void Require(ChargeState from, ChargeState to)
    {
        if (State != from)
        {
            throw new InvalidChargeTransitionException(Id, State, to);
        }
    }

    private static string Truncate(string message) =>
        message.Length <= MaxMessageLength ? message : message[..MaxMessageLength];
}
