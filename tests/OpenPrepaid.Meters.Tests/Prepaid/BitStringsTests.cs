using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Meters.Tests.Prepaid;

public class BitStringsTests
{
    [Fact]
    public void BitZeroIsFirstByteMsb()
    {
        Assert.Equal(new byte[] { 0x80, 0x00 }, BitStrings.ToMsbFirst(1, 16));
        Assert.Equal(new byte[] { 0x00, 0x01 }, BitStrings.ToMsbFirst(1UL << 15, 16));
        Assert.Equal(new byte[] { 0x40 }, BitStrings.ToMsbFirst(1UL << 1, 5));
    }

    [Fact]
    public void BitsRoundTrip()
    {
        Assert.Equal(0b1010_0000_0101UL, BitStrings.FromMsbFirst(BitStrings.ToMsbFirst(0b1010_0000_0101, 16), 16));
    }

    [Fact]
    public void SuccessfulTokenStatusHasEmptyDataValue()
    {
        Assert.Equal(0, TokenStatus.Executed.DataValueBitCount);
        Assert.Empty(TokenStatus.Executed.DataValueBytes());
        Assert.Equal(3, (byte)TokenStatus.Executed.Code);
    }

    [Fact]
    public void FailedTokenStatusNamesReasonBit()
    {
        var status = new TokenStatus(TokenStatusCode.ValidationFailure, TokenFailureReasons.SequenceNotRising);

        Assert.Equal(16, status.DataValueBitCount);
        Assert.Equal(new byte[] { 0x01, 0x00 }, status.DataValueBytes());
    }

    [Fact]
    public void ExecutionFailureBitsSitInSecondByte()
    {
        var status = new TokenStatus(TokenStatusCode.TokenExecutionFailure, TokenFailureReasons.AboveMaxCreditLimit);

        Assert.Equal(new byte[] { 0x00, 0x40 }, status.DataValueBytes());
    }

    [Fact]
    public void CreditStatusBitsAreMsbFirst()
    {
        Assert.Equal(0x80, CreditStatusBits.ToBitStringByte(CreditStatus.InCredit));
        Assert.Equal(0xC0, CreditStatusBits.ToBitStringByte(CreditStatus.InCredit | CreditStatus.LowCredit));
        Assert.Equal(0x42, CreditStatusBits.ToBitStringByte(CreditStatus.LowCredit | CreditStatus.OutOfCredit));
    }
}
