using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Readings;

namespace OpenPrepaid.Core.Tests.Charges;

public sealed class ChargeSettlementTests
{
    [Fact]
    public void SameSequenceExecutedIsApplied()
    {
        var decision = Decide(sequence: 7, lastToken: 7, TokenStatusCode.ExecutionOk);

        Assert.Equal(SettlementVerdict.Applied, decision.Verdict);
    }

    [Theory]
    [InlineData(TokenStatusCode.FormatFailure)]
    [InlineData(TokenStatusCode.AuthenticationFailure)]
    [InlineData(TokenStatusCode.ValidationFailure)]
    [InlineData(TokenStatusCode.ExecutionFailure)]
    public void SameSequenceFailedIsRejected(TokenStatusCode status)
    {
        var decision = Decide(sequence: 7, lastToken: 7, status);

        Assert.Equal(SettlementVerdict.Rejected, decision.Verdict);
    }

    [Theory]
    [InlineData(TokenStatusCode.FormatOk)]
    [InlineData(TokenStatusCode.AuthenticationOk)]
    [InlineData(TokenStatusCode.ValidationOk)]
    [InlineData(TokenStatusCode.ReceivedNotProcessed)]
    [InlineData(null)]
    public void SameSequenceStillInProgressWaits(TokenStatusCode? status)
    {
        var decision = Decide(sequence: 7, lastToken: 7, status);

        Assert.Equal(SettlementVerdict.Undecided, decision.Verdict);
    }

    [Fact]
    public void EarlierSequenceMeansTokenNeverArrived()
    {
        var decision = Decide(sequence: 7, lastToken: 6, TokenStatusCode.ExecutionOk);

        Assert.Equal(SettlementVerdict.Rejected, decision.Verdict);
        Assert.Contains("never reached the meter", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LaterSequenceFromElsewhereIsLeftToOperator()
    {
        var decision = Decide(sequence: 7, lastToken: 8, TokenStatusCode.ExecutionOk);

        Assert.Equal(SettlementVerdict.Undecided, decision.Verdict);
        Assert.Contains("settle by hand", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MeterWithoutSequenceCannotSettle()
    {
        var decision = Decide(sequence: 7, lastToken: null, TokenStatusCode.ExecutionOk);

        Assert.Equal(SettlementVerdict.Undecided, decision.Verdict);
    }

    private static SettlementDecision Decide(long sequence, long? lastToken, TokenStatusCode? status)
    {
        var charge = new Charge(Guid.NewGuid(), "k", "S1", "op", 10m, 0m, sequence, DateTimeOffset.UnixEpoch);
        charge.MarkUnknown("lost");
        return ChargeSettlement.Decide(charge, new MeterReading { TokenSequence = lastToken, LastTokenStatus = status });
    }
}
