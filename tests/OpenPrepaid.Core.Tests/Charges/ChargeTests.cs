using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Readings;

namespace OpenPrepaid.Core.Tests.Charges;

public sealed class ChargeTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NewChargeIsPending()
    {
        var charge = NewCharge();

        Assert.Equal(ChargeState.Pending, charge.State);
        Assert.False(charge.IsSettled);
        Assert.Null(charge.SettledAt);
    }

    [Fact]
    public void PendingChargeCanBeApplied()
    {
        var charge = NewCharge();
        charge.MarkSent(Created.AddSeconds(1));

        charge.Apply(150m, TokenStatusCode.ExecutionOk, "applied", Created.AddSeconds(2));

        Assert.Equal(ChargeState.Applied, charge.State);
        Assert.Equal(150m, charge.BalanceAfter);
        Assert.Equal(TokenStatusCode.ExecutionOk, charge.TokenStatus);
        Assert.Equal(Created.AddSeconds(1), charge.SentAt);
        Assert.Equal(Created.AddSeconds(2), charge.SettledAt);
        Assert.False(charge.SettledLater);
    }

    [Fact]
    public void PendingChargeCanBeRejected()
    {
        var charge = NewCharge();

        charge.Reject(100m, TokenStatusCode.ValidationFailure, "refused", Created);

        Assert.Equal(ChargeState.Rejected, charge.State);
        Assert.True(charge.IsSettled);
    }

    [Fact]
    public void UnknownChargeSettlesLaterEitherWay()
    {
        var applied = NewCharge();
        var rejected = NewCharge();
        applied.MarkUnknown("lost");
        rejected.MarkUnknown("lost");

        applied.SettleApplied(150m, TokenStatusCode.ExecutionOk, "read", Created);
        rejected.SettleRejected(100m, null, "read", Created);

        Assert.Equal(ChargeState.Applied, applied.State);
        Assert.True(applied.SettledLater);
        Assert.Equal(ChargeState.Rejected, rejected.State);
        Assert.True(rejected.SettledLater);
    }

    [Fact]
    public void AppliedChargeCannotBeRejected()
    {
        var charge = NewCharge();
        charge.Apply(150m, TokenStatusCode.ExecutionOk, "applied", Created);

        var error = Assert.Throws<InvalidChargeTransitionException>(() => charge.Reject(100m, null, "again", Created));

        Assert.Equal(ChargeState.Applied, error.From);
        Assert.Equal(ChargeState.Rejected, error.To);
        Assert.Equal($"Charge {charge.Id} cannot move from Applied to Rejected.", error.Message);
    }

    [Fact]
    public void PendingChargeCannotBeSettledLater()
    {
        var charge = NewCharge();

        var error = Assert.Throws<InvalidChargeTransitionException>(() => charge.SettleApplied(150m, null, "read", Created));

        Assert.Equal($"Charge {charge.Id} cannot move from Pending to Applied.", error.Message);
    }

    [Fact]
    public void UnknownChargeCannotBeAppliedDirectly()
    {
        var charge = NewCharge();
        charge.MarkUnknown("lost");

        Assert.Throws<InvalidChargeTransitionException>(() => charge.Apply(150m, null, "again", Created));
        Assert.Throws<InvalidChargeTransitionException>(() => charge.MarkUnknown("again"));
        Assert.Throws<InvalidChargeTransitionException>(() => charge.MarkSent(Created));
    }

    [Fact]
    public void SettledChargeCannotMoveAgain()
    {
        var charge = NewCharge();
        charge.MarkUnknown("lost");
        charge.SettleRejected(100m, null, "read", Created);

        Assert.Throws<InvalidChargeTransitionException>(() => charge.SettleApplied(150m, null, "read", Created));
        Assert.Throws<InvalidChargeTransitionException>(() => charge.MarkUnknown("again"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.5")]
    [InlineData("5000000.01")]
    [InlineData("1.005")]
    [InlineData("-100000.01")]
    public void ChargeRejectsAmountOutsideRules(string amount)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Throws<ArgumentOutOfRangeException>(() => new Charge(Guid.NewGuid(), "k", "S1", "op", value, 0m, 1, Created));
    }

    [Fact]
    public void ChargeRejectsNonPositiveSequence()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Charge(Guid.NewGuid(), "k", "S1", "op", 10m, 0m, 0, Created));
    }

    private static Charge NewCharge() => new(Guid.NewGuid(), "key-1", "S1", "operator", 50m, 100m, 7, Created);
}
