using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Meters.Tokens;

namespace OpenPrepaid.Simulator.Behaviour;

// The balance: top-up tokens (Token gateway enter), Credit update_amount, and the limits both obey.
public sealed partial class SimulatedMeter
{
    private long _balance;
    private long _lastCollectionAmount;
    private DateTimeOffset? _lastCollectionTime;
    private bool _acceptsTokens;
    private byte[] _lastToken = [];
    private DateTimeOffset? _lastTokenTime;
    private TokenStatus _tokenStatus = TokenStatus.NoneEntered;
    private uint _lastTokenSequence;
    private long _lastTopUpAmount;
    private DateTimeOffset? _lastTopUpTime;

    /// <summary>
    /// Token gateway method enter. Applies the token only when its format, MAC, serial, sequence number and
    /// the balance limits all hold; token_status reports the outcome with the reason. The same token entered
    /// again reports the outcome of its first entry and never changes the balance twice. Never throws on the
    /// token's content.
    /// </summary>
    public TokenEntryResult EnterToken(ReadOnlySpan<byte> token)
    {
        lock (_sync)
        {
            AdvanceToCore(_timeProvider.GetUtcNow());

            var previous = _tokenLedger.Find(token);
            if (previous is not null)
            {
                _lastToken = previous.Token;
                _lastTokenTime = previous.EnteredAt;
                _tokenStatus = previous.Status;
                Log.TokenRepeated(_logger, SerialNumber, previous.Status.Code, previous.Status.Reasons);
                return new TokenEntryResult(previous.Status, AppliedNow: false, IsRepeat: true, _balance);
            }

            var bytes = token.ToArray();
            var enteredAt = MeterTimeUtc;
            _lastToken = bytes;
            _lastTokenTime = enteredAt;

            var status = ProcessToken(bytes, out var authenticated);
            _tokenStatus = status;
            if (authenticated)
            {
                _tokenLedger.Remember(new TokenRecord(bytes, enteredAt, status));
            }

            return new TokenEntryResult(status, AppliedNow: status.IsSuccess, IsRepeat: false, _balance);
        }
    }

    /// <summary>
    /// Credit method update_amount: adds a signed amount (minor units) to the balance within the same limits as
    /// a token. Not protected against repetition: a retried call adds again.
    /// </summary>
    public CreditUpdateResult UpdateCreditAmount(long amount)
    {
        lock (_sync)
        {
            AdvanceToCore(_timeProvider.GetUtcNow());

            var outcome = CheckBalanceChange(amount);
            if (outcome != CreditUpdateOutcome.Applied)
            {
                Log.CreditUpdateRejected(_logger, SerialNumber, amount, outcome, _balance);
                return new CreditUpdateResult(outcome, _balance);
            }

            ApplyBalanceChange(amount);
            Log.CreditUpdated(_logger, SerialNumber, amount, _balance);
            return new CreditUpdateResult(outcome, _balance);
        }
    }

    private TokenStatus ProcessToken(byte[] token, out bool authenticated)
    {
        authenticated = false;
        if (!_acceptsTokens || _topUpKey is null)
        {
            return Rejected(new TokenStatus(TokenStatusCode.TokenExecutionFailure, TokenFailureReasons.TokensNotAccepted), null);
        }

        var verification = TokenCodec.Verify(token, SerialNumber, _topUpKey);
        if (!verification.IsValid)
        {
            return Rejected(verification.ToTokenStatus(), verification.Token);
        }

        authenticated = true;
        var content = verification.Token!;
        if (content.SequenceNumber <= _lastTokenSequence)
        {
            return Rejected(new TokenStatus(TokenStatusCode.ValidationFailure, TokenFailureReasons.SequenceNotRising), content);
        }

        var outcome = CheckBalanceChange(content.Amount);
        if (outcome != CreditUpdateOutcome.Applied)
        {
            var code = outcome == CreditUpdateOutcome.ZeroAmount ? TokenStatusCode.ValidationFailure : TokenStatusCode.TokenExecutionFailure;
            return Rejected(new TokenStatus(code, ReasonOf(outcome)), content);
        }

        ApplyBalanceChange(content.Amount);
        _lastTokenSequence = content.SequenceNumber;
        Log.TokenApplied(_logger, SerialNumber, content.SequenceNumber, content.Amount, _balance);
        return TokenStatus.Executed;
    }

    private TokenStatus Rejected(TokenStatus status, TopUpToken? content)
    {
        Log.TokenRejected(_logger, SerialNumber, status.Code, status.Reasons, content?.SequenceNumber, content?.Amount);
        return status;
    }

    /// <summary>
    /// Checks a change of the balance against the limits. A top-up may not pass the maximum credit limit, and a
    /// write-off may not pass the minimum balance. Each limit applies to its own direction only, so a top-up
    /// is accepted even when consumption has taken the balance below the minimum.
    /// </summary>
    private CreditUpdateOutcome CheckBalanceChange(long amount)
    {
        if (amount == 0)
        {
            return CreditUpdateOutcome.ZeroAmount;
        }

        // long.MinValue first: Math.Abs throws on it.
        if (amount == long.MinValue || Math.Abs(amount) > _maxVendLimit)
        {
            return CreditUpdateOutcome.AboveMaxVendLimit;
        }

        if (amount > 0 && _balance + amount > _maxCreditLimit)
        {
            return CreditUpdateOutcome.AboveMaxCreditLimit;
        }

        if (amount < 0 && _balance + amount < _minimumBalance)
        {
            return CreditUpdateOutcome.BelowMinimumBalance;
        }

        return CreditUpdateOutcome.Applied;
    }

    private void ApplyBalanceChange(long amount)
    {
        _balance += amount;
        _lastTopUpAmount = amount;
        _lastTopUpTime = MeterTimeUtc;

        // A top-up above the switch-off threshold clears the cause; in modes 5 and 6 the relay closes now.
        EvaluateRelay();
    }

    private static TokenFailureReasons ReasonOf(CreditUpdateOutcome outcome) => outcome switch
    {
        CreditUpdateOutcome.ZeroAmount => TokenFailureReasons.ZeroAmount,
        CreditUpdateOutcome.AboveMaxVendLimit => TokenFailureReasons.AboveMaxVendLimit,
        CreditUpdateOutcome.AboveMaxCreditLimit => TokenFailureReasons.AboveMaxCreditLimit,
        CreditUpdateOutcome.BelowMinimumBalance => TokenFailureReasons.BelowMinimumBalance,
        _ => TokenFailureReasons.None,
    };
}
