using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Meters.Tokens;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Tests.Behaviour;

public class TokenEntryTests
{
    private static (SimulatedMeter Meter, Microsoft.Extensions.Time.Testing.FakeTimeProvider Time) Idle(
        Func<SimulatedMeterOptions, SimulatedMeterOptions>? configure = null)
    {
        return TestMeters.CreateConstant(0, configure);
    }

    [Fact]
    public void ValidTokenAddsAmountAndIsKept()
    {
        var meter = Idle();
        meter.Advance(TimeSpan.FromMinutes(90));
        var token = TestMeters.Token(1, 25_050);

        var result = meter.Meter.EnterToken(token);
        var snapshot = meter.Meter.Snapshot();

        Assert.Equal(TokenStatus.Executed, result.Status);
        Assert.True(result.AppliedNow);
        Assert.False(result.IsRepeat);
        Assert.Equal(100_000 + 25_050, result.BalanceAfter);
        Assert.Equal(125_050, snapshot.Balance);
        Assert.Equal(token, snapshot.LastToken.ToArray());
        Assert.Equal(TestMeters.Monday.AddMinutes(90), snapshot.LastTokenTime);
        Assert.Equal(TokenStatus.Executed, snapshot.TokenStatus);
        Assert.Equal(1u, snapshot.LastTokenSequence);
        Assert.Equal(25_050, snapshot.LastTopUpAmount);
        Assert.Equal(TestMeters.Monday.AddMinutes(90), snapshot.LastTopUpTime);
    }

    [Fact]
    public void WriteOffTokenSubtracts()
    {
        var meter = Idle();

        var result = meter.Meter.EnterToken(TestMeters.Token(1, -30_000));

        Assert.True(result.Status.IsSuccess);
        Assert.Equal(70_000, result.BalanceAfter);
        Assert.Equal(-30_000, meter.Meter.Snapshot().LastTopUpAmount);
    }

    [Fact]
    public void SameTokenTwiceAddsOnce()
    {
        var meter = Idle();
        var token = TestMeters.Token(1, 10_000);

        var first = meter.Meter.EnterToken(token);
        meter.Advance(TimeSpan.FromMinutes(5));
        var retry = meter.Meter.EnterToken(token);
        var snapshot = meter.Meter.Snapshot();

        Assert.True(first.AppliedNow);
        Assert.False(retry.AppliedNow);
        Assert.True(retry.IsRepeat);
        Assert.Equal(TokenStatus.Executed, retry.Status);
        Assert.Equal(110_000, snapshot.Balance);
        Assert.Equal(TokenStatus.Executed, snapshot.TokenStatus);
        Assert.Equal(TestMeters.Monday, snapshot.LastTokenTime);
    }

    [Fact]
    public void RetryAfterLaterTokenStillAddsNothing()
    {
        var meter = Idle();
        var first = TestMeters.Token(1, 10_000);

        meter.Meter.EnterToken(first);
        meter.Meter.EnterToken(TestMeters.Token(2, 5_000));
        var retry = meter.Meter.EnterToken(first);

        Assert.True(retry.IsRepeat);
        Assert.True(retry.Status.IsSuccess);
        Assert.Equal(115_000, meter.Meter.Snapshot().Balance);
        Assert.Equal(2u, meter.Meter.Snapshot().LastTokenSequence);
    }

    [Fact]
    public void RetryOfRejectedTokenReportsFirstOutcome()
    {
        var meter = Idle(options => options with { MaxCreditLimit = 150_000 });
        var tooMuch = TestMeters.Token(1, 60_000);

        var first = meter.Meter.EnterToken(tooMuch);
        meter.Meter.SetMaxCreditLimit(1_000_000);
        var retry = meter.Meter.EnterToken(tooMuch);

        Assert.Equal(new TokenStatus(TokenStatusCode.TokenExecutionFailure, TokenFailureReasons.AboveMaxCreditLimit), first.Status);
        Assert.Equal(first.Status, retry.Status);
        Assert.True(retry.IsRepeat);
        Assert.Equal(100_000, meter.Meter.Snapshot().Balance);
    }

    [Fact]
    public void OldTokenBeyondLedgerFailsSequence()
    {
        var meter = Idle();
        var oldest = TestMeters.Token(1, 1);
        meter.Meter.EnterToken(oldest);
        for (uint sequence = 2; sequence <= TokenLedger.Capacity + 1; sequence++)
        {
            meter.Meter.EnterToken(TestMeters.Token(sequence, 1));
        }

        var replay = meter.Meter.EnterToken(oldest);

        Assert.False(replay.IsRepeat);
        Assert.Equal(new TokenStatus(TokenStatusCode.ValidationFailure, TokenFailureReasons.SequenceNotRising), replay.Status);
        Assert.Equal(100_000 + TokenLedger.Capacity + 1, meter.Meter.Snapshot().Balance);
    }

    public static TheoryData<string, byte[], TokenStatusCode, TokenFailureReasons> RejectedTokens => new()
    {
        { "junk", [0x01, 0x02, 0x03], TokenStatusCode.FormatFailure, TokenFailureReasons.Truncated },
        { "empty", [], TokenStatusCode.FormatFailure, TokenFailureReasons.Truncated },
        { "trailing byte", [.. TestMeters.Token(1, 100), 0x00], TokenStatusCode.FormatFailure, TokenFailureReasons.TrailingBytes },
        { "version 2", [2, .. TestMeters.Token(1, 100).Skip(1)], TokenStatusCode.FormatFailure, TokenFailureReasons.UnsupportedVersion },
        { "other key", TestMeters.Token(1, 100, key: new byte[32]), TokenStatusCode.AuthenticationFailure, TokenFailureReasons.MacMismatch },
        { "other meter", TestMeters.Token(1, 100, serial: "SIM00043"), TokenStatusCode.ValidationFailure, TokenFailureReasons.WrongSerial },
        { "zero amount", TestMeters.Token(1, 0), TokenStatusCode.ValidationFailure, TokenFailureReasons.ZeroAmount },
        { "above max vend", TestMeters.Token(1, 500_000_001), TokenStatusCode.TokenExecutionFailure, TokenFailureReasons.AboveMaxVendLimit },
        { "write-off above max vend", TestMeters.Token(1, -500_000_001), TokenStatusCode.TokenExecutionFailure, TokenFailureReasons.AboveMaxVendLimit },
        { "below minimum balance", TestMeters.Token(1, -10_100_001), TokenStatusCode.TokenExecutionFailure, TokenFailureReasons.BelowMinimumBalance },
        { "minimum amount", TestMeters.Token(1, long.MinValue), TokenStatusCode.TokenExecutionFailure, TokenFailureReasons.AboveMaxVendLimit },
    };

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public void RejectedTokenReportsReason(string change, byte[] token, TokenStatusCode code, TokenFailureReasons reason)
    {
        var meter = Idle();

        var result = meter.Meter.EnterToken(token);
        var snapshot = meter.Meter.Snapshot();

        Assert.True(result.Status == new TokenStatus(code, reason), $"{change}: got {result.Status}");
        Assert.False(result.AppliedNow);
        Assert.Equal(100_000, snapshot.Balance);
        Assert.Equal(result.Status, snapshot.TokenStatus);
        Assert.Equal(token, snapshot.LastToken.ToArray());
        Assert.Equal(0u, snapshot.LastTokenSequence);
    }

    [Fact]
    public void OldSequenceIsValidationFailure()
    {
        var meter = Idle();
        meter.Meter.EnterToken(TestMeters.Token(5, 100));

        var result = meter.Meter.EnterToken(TestMeters.Token(4, 100));

        Assert.Equal(new TokenStatus(TokenStatusCode.ValidationFailure, TokenFailureReasons.SequenceNotRising), result.Status);
        Assert.Equal(new byte[] { 0x01, 0x00 }, result.Status.DataValueBytes());
        Assert.Equal(100_100, meter.Meter.Snapshot().Balance);
    }

    [Fact]
    public void SequenceMaySkipNumbers()
    {
        var meter = Idle();

        Assert.True(meter.Meter.EnterToken(TestMeters.Token(3, 100)).Status.IsSuccess);
        Assert.True(meter.Meter.EnterToken(TestMeters.Token(10, 100)).Status.IsSuccess);
        Assert.Equal(10u, meter.Meter.Snapshot().LastTokenSequence);
    }

    [Fact]
    public void RejectedTokenDoesNotUseUpSequence()
    {
        var meter = Idle();

        meter.Meter.EnterToken(TestMeters.Token(1, 600_000_000));
        var next = meter.Meter.EnterToken(TestMeters.Token(1, 100));

        Assert.True(next.Status.IsSuccess);
    }

    [Fact]
    public void TopUpMayReachMaximumCreditExactly()
    {
        var meter = Idle(options => options with { InitialBalance = 1_000_000_000 });

        Assert.True(meter.Meter.EnterToken(TestMeters.Token(1, 500_000_000)).Status.IsSuccess);
        Assert.Equal(1_500_000_000, meter.Meter.Snapshot().Balance);
        Assert.Equal(TokenFailureReasons.AboveMaxCreditLimit, meter.Meter.EnterToken(TestMeters.Token(2, 1)).Status.Reasons);
    }

    [Fact]
    public void WriteOffMayReachMinimumBalanceExactly()
    {
        var meter = Idle(options => options with { InitialBalance = 0 });

        Assert.True(meter.Meter.EnterToken(TestMeters.Token(1, -10_000_000)).Status.IsSuccess);
        Assert.Equal(-10_000_000, meter.Meter.Snapshot().Balance);
        Assert.Equal(TokenFailureReasons.BelowMinimumBalance, meter.Meter.EnterToken(TestMeters.Token(2, -1)).Status.Reasons);
    }

    [Fact]
    public void TopUpOfBalanceBelowMinimumIsAccepted()
    {
        var meter = Idle(options => options with { InitialBalance = -12_000_000 });

        var result = meter.Meter.EnterToken(TestMeters.Token(1, 1_000_000));

        Assert.True(result.Status.IsSuccess);
        Assert.Equal(-11_000_000, result.BalanceAfter);
    }

    [Fact]
    public void MeterWithoutTokensRejectsThem()
    {
        var meter = Idle(options => options with { AcceptsTokens = false });

        var result = meter.Meter.EnterToken(TestMeters.Token(1, 100));

        Assert.Equal(new TokenStatus(TokenStatusCode.TokenExecutionFailure, TokenFailureReasons.TokensNotAccepted), result.Status);
        Assert.Equal(new byte[] { 0x00, 0x08 }, result.Status.DataValueBytes());
    }

    [Fact]
    public void TokensNeedWrittenKey()
    {
        var meter = Idle(options => options with { TopUpKey = null });

        var before = meter.Meter.EnterToken(TestMeters.Token(1, 100));
        var written = meter.Meter.SetTopUpKey(TestMeters.Key);
        var after = meter.Meter.EnterToken(TestMeters.Token(1, 100));

        Assert.Equal(TokenFailureReasons.TokensNotAccepted, before.Status.Reasons);
        Assert.True(written.IsApplied);
        Assert.True(after.Status.IsSuccess);
        Assert.True(meter.Meter.Snapshot().HasTopUpKey);
    }

    [Fact]
    public void ShortKeyIsRejected()
    {
        var meter = Idle();

        Assert.False(meter.Meter.SetTopUpKey(new byte[16]).IsApplied);
    }

    /// <summary>
    /// A 20-digit numeric token, BCD-packed into an octet-string, is not a token of this format. Read as one, its
    /// version byte is 01 and its serial length 0x23 (35), above 32: a typed format failure, not an exception.
    /// </summary>
    [Fact]
    public void BcdDigitTokenIsFormatFailureNotCrash()
    {
        var meter = Idle();
        var packed = TokenDigits.Pack("01234567890123456789", TokenDigitPacking.Bcd);

        var result = meter.Meter.EnterToken(packed);

        Assert.Equal(TokenStatusCode.FormatFailure, result.Status.Code);
        Assert.Equal(TokenFailureReasons.InvalidSerialField, result.Status.Reasons);
        Assert.Equal(packed, meter.Meter.Snapshot().LastToken.ToArray());
    }

    [Fact]
    public void UpdateAmountWorksWithoutTokens()
    {
        var meter = Idle(options => options with { AcceptsTokens = false, TopUpKey = null });

        var result = meter.Meter.UpdateCreditAmount(50_000);
        var snapshot = meter.Meter.Snapshot();

        Assert.True(result.IsApplied);
        Assert.Equal(150_000, result.BalanceAfter);
        Assert.Equal(150_000, snapshot.Balance);
        Assert.Equal(50_000, snapshot.LastTopUpAmount);
        Assert.Equal(TestMeters.Monday, snapshot.LastTopUpTime);
    }

    [Theory]
    [InlineData(100_000, 0, CreditUpdateOutcome.ZeroAmount)]
    [InlineData(100_000, 500_000_001, CreditUpdateOutcome.AboveMaxVendLimit)]
    [InlineData(100_000, -500_000_001, CreditUpdateOutcome.AboveMaxVendLimit)]
    [InlineData(1_000_000_001, 500_000_000, CreditUpdateOutcome.AboveMaxCreditLimit)]
    [InlineData(100_000, -10_100_001, CreditUpdateOutcome.BelowMinimumBalance)]
    public void UpdateAmountObeysLimits(long balance, long amount, CreditUpdateOutcome expected)
    {
        var meter = Idle(options => options with { InitialBalance = balance });

        var result = meter.Meter.UpdateCreditAmount(amount);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(balance, result.BalanceAfter);
    }

    [Fact]
    public void UpdateAmountRepeatedAddsAgain()
    {
        var meter = Idle();

        meter.Meter.UpdateCreditAmount(1_000);
        meter.Meter.UpdateCreditAmount(1_000);

        Assert.Equal(102_000, meter.Meter.Snapshot().Balance);
    }

    [Fact]
    public void LimitsComeFromLimitObjects()
    {
        var meter = Idle();

        Assert.True(meter.Meter.SetMaxVendLimit(1_000).IsApplied);
        Assert.True(meter.Meter.SetMinimumBalance(99_500).IsApplied);

        Assert.Equal(CreditUpdateOutcome.AboveMaxVendLimit, meter.Meter.UpdateCreditAmount(1_001).Outcome);
        Assert.Equal(CreditUpdateOutcome.BelowMinimumBalance, meter.Meter.UpdateCreditAmount(-501).Outcome);
        Assert.True(meter.Meter.UpdateCreditAmount(-500).IsApplied);
    }
}
