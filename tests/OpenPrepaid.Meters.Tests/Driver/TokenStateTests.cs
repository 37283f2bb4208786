using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Meters.Driver;
using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Meters.Tokens;
using CoreStatusCode = OpenPrepaid.Core.Readings.TokenStatusCode;

namespace OpenPrepaid.Meters.Tests.Driver;

public class TokenStateTests
{
    private const string Serial = "SIM0001";
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    [Fact]
    public void RejectedTokenReportsOwnNumberAndStatus()
    {
        var values = Values(token: Token(Serial, 8), status: (CoreStatusCode.ExecutionFailure, TokenFailureReasons.AboveMaxCreditLimit), accepted: 7);

        var state = TokenState.Resolve(values, Serial);

        Assert.Equal(8, state.Sequence);
        Assert.Equal(CoreStatusCode.ExecutionFailure, state.Status);
    }

    [Fact]
    public void AcceptedTokenReportsExecutionOk()
    {
        var values = Values(token: Token(Serial, 7), status: (CoreStatusCode.ExecutionOk, TokenFailureReasons.None), accepted: 7);

        var state = TokenState.Resolve(values, Serial);

        Assert.Equal(7, state.Sequence);
        Assert.Equal(CoreStatusCode.ExecutionOk, state.Status);
    }

    [Fact]
    public void ForeignTokenKeepsAcceptedNumber()
    {
        // Garbage entered at the keypad after token 7: its format failure must not be taken for token 7's status.
        var values = Values(token: [1, 2, 3], status: (CoreStatusCode.FormatFailure, TokenFailureReasons.Truncated), accepted: 7);

        var state = TokenState.Resolve(values, Serial);

        Assert.Equal(7, state.Sequence);
        Assert.Equal(CoreStatusCode.ExecutionOk, state.Status);
    }

    [Fact]
    public void OldTokenEnteredAgainKeepsTheAcceptedNumber()
    {
        var values = Values(token: Token(Serial, 3), status: (CoreStatusCode.ExecutionOk, TokenFailureReasons.None), accepted: 7);

        Assert.Equal(7, TokenState.Resolve(values, Serial).Sequence);
    }

    [Fact]
    public void MeterWithoutTokensReportsSequenceZero()
    {
        var values = Values(token: [], status: (CoreStatusCode.FormatOk, TokenFailureReasons.None), accepted: 0);

        var state = TokenState.Resolve(values, Serial);

        Assert.Equal(0, state.Sequence);
        Assert.Equal(CoreStatusCode.FormatOk, state.Status);
    }

    [Fact]
    public void OtherMetersTokenHasNoSequence()
    {
        Assert.Null(TokenState.SequenceOf(Token("SIM0002", 99), Serial));
        Assert.Equal(99, TokenState.SequenceOf(Token(Serial, 99), Serial));
    }

    [Fact]
    public void FailureReasonsAreDescribedInWords()
    {
        var status = TokenStatusValue.FromData(
            new StructureData(new EnumData(7), new BitStringData(BitStrings.ToMsbFirst((ushort)TokenFailureReasons.AboveMaxVendLimit, 16), 16)),
            "token_status")!.Value;

        Assert.Equal(CoreStatusCode.ExecutionFailure, status.Code);
        Assert.Equal("the amount exceeds the meter's maximum vend limit", status.DescribeReasons());
    }

    private static byte[] Token(string serial, uint sequence) =>
        TokenCodec.Build(new TopUpToken(serial, sequence, 10_000, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)), Key);

    private static AttributeValues Values(byte[] token, (CoreStatusCode Code, TokenFailureReasons Reasons) status, uint accepted)
    {
        var values = new AttributeValues();
        values.Add(ModelAttributes.LastToken, new OctetStringData(token));
        var bits = status.Reasons == TokenFailureReasons.None ? 0 : 16;
        values.Add(ModelAttributes.TokenStatus, new StructureData(
            new EnumData((byte)status.Code), new BitStringData(BitStrings.ToMsbFirst((ushort)status.Reasons, bits), bits)));
        values.Add(ModelAttributes.LastTokenSequence, new DoubleLongUnsignedData(accepted));
        return values;
    }
}
