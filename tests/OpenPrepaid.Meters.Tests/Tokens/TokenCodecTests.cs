using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Meters.Tokens;

namespace OpenPrepaid.Meters.Tests.Tokens;

public class TokenCodecTests
{
    private const string Serial = "SIM00042";
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(value => (byte)value)];
    private static readonly TopUpToken Sample = new(Serial, 7, 12_345, DateTimeOffset.FromUnixTimeSeconds(1_772_000_000));

    [Fact]
    public void TokenFollowsDocumentedLayout()
    {
        var token = TokenCodec.Build(Sample, Key);

        // Expected bytes written out field by field, the MAC computed independently over them.
        var expected = new List<byte> { 1, (byte)Serial.Length };
        expected.AddRange(Encoding.ASCII.GetBytes(Serial));
        expected.AddRange([0x00, 0x00, 0x00, 0x07]);
        expected.AddRange([0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x30, 0x39]);
        var time = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(time, 1_772_000_000);
        expected.AddRange(time);
        expected.AddRange(HMACSHA256.HashData(Key, expected.ToArray()));

        Assert.Equal(54 + Serial.Length, token.Length);
        Assert.Equal(TokenCodec.EncodedLength(Serial.Length), token.Length);
        Assert.Equal(expected.ToArray(), token);
    }

    [Fact]
    public void BuiltTokenVerifies()
    {
        var result = TokenCodec.Verify(TokenCodec.Build(Sample, Key), Serial, Key);

        Assert.Equal(TokenVerificationStatus.Valid, result.Status);
        Assert.Equal(TokenFailureReasons.None, result.Reason);
        Assert.Equal(Sample, result.Token);
        Assert.Equal(TokenStatus.Executed, result.ToTokenStatus());
    }

    [Fact]
    public void WriteOffAmountKeepsSign()
    {
        var writeOff = Sample with { Amount = -10_000_000 };

        var result = TokenCodec.Verify(TokenCodec.Build(writeOff, Key), Serial, Key);

        Assert.Equal(-10_000_000, result.Token!.Amount);
    }

    [Fact]
    public void EveryPrefixIsTruncatedFormatFailure()
    {
        var token = TokenCodec.Build(Sample, Key);

        for (var length = 0; length < token.Length; length++)
        {
            var result = TokenCodec.Verify(token.AsSpan(0, length), Serial, Key);

            Assert.Equal(TokenVerificationStatus.FormatFailure, result.Status);
            Assert.Equal(TokenFailureReasons.Truncated, result.Reason);
            Assert.Null(result.Token);
        }
    }

    [Fact]
    public void TrailingByteIsFormatFailure()
    {
        var token = TokenCodec.Build(Sample, Key).Append((byte)0).ToArray();

        var result = TokenCodec.Verify(token, Serial, Key);

        Assert.Equal(TokenVerificationStatus.FormatFailure, result.Status);
        Assert.Equal(TokenFailureReasons.TrailingBytes, result.Reason);
        Assert.Equal(new TokenStatus(TokenStatusCode.FormatFailure, TokenFailureReasons.TrailingBytes), result.ToTokenStatus());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(255)]
    public void OtherVersionIsFormatFailure(byte version)
    {
        var token = TokenCodec.Build(Sample, Key);
        token[0] = version;

        Assert.Equal(TokenFailureReasons.UnsupportedVersion, TokenCodec.Verify(token, Serial, Key).Reason);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    public void SerialLengthOutsideRangeIsFormatFailure(byte serialLength)
    {
        var token = TokenCodec.Build(Sample, Key);
        token[1] = serialLength;

        Assert.Equal(TokenFailureReasons.InvalidSerialField, TokenCodec.Verify(token, Serial, Key).Reason);
    }

    [Theory]
    [InlineData(0x00)]
    [InlineData(0x1F)]
    [InlineData(0x7F)]
    [InlineData(0xC3)]
    public void UnprintableSerialIsFormatFailure(byte character)
    {
        var token = TokenCodec.Build(Sample, Key);
        token[4] = character;

        Assert.Equal(TokenFailureReasons.InvalidSerialField, TokenCodec.Verify(token, Serial, Key).Reason);
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(253_402_300_800)]
    [InlineData(-62_135_596_801)]
    public void IssueTimeOutsideCalendarIsFormatFailure(long unixSeconds)
    {
        var token = TokenCodec.Build(Sample, Key);
        BinaryPrimitives.WriteInt64BigEndian(token.AsSpan(2 + Serial.Length + 12), unixSeconds);

        Assert.Equal(TokenFailureReasons.InvalidIssueTime, TokenCodec.Verify(token, Serial, Key).Reason);
    }

    [Fact]
    public void TokenForAnotherMeterIsWrongSerial()
    {
        var token = TokenCodec.Build(Sample with { MeterSerial = "SIM00043" }, Key);

        var result = TokenCodec.Verify(token, Serial, Key);

        Assert.Equal(TokenVerificationStatus.WrongSerial, result.Status);
        Assert.Equal(TokenFailureReasons.WrongSerial, result.Reason);
        Assert.Equal("SIM00043", result.Token!.MeterSerial);
        Assert.Equal(new TokenStatus(TokenStatusCode.ValidationFailure, TokenFailureReasons.WrongSerial), result.ToTokenStatus());
    }

    [Fact]
    public void OtherKeyIsAuthenticationFailure()
    {
        var otherKey = Key.Select(value => (byte)(value ^ 0x5A)).ToArray();

        var result = TokenCodec.Verify(TokenCodec.Build(Sample, otherKey), Serial, Key);

        Assert.Equal(TokenVerificationStatus.AuthenticationFailure, result.Status);
        Assert.Equal(new TokenStatus(TokenStatusCode.AuthenticationFailure, TokenFailureReasons.MacMismatch), result.ToTokenStatus());
    }

    [Fact]
    public void AnyChangedBitAfterSerialFailsMac()
    {
        var token = TokenCodec.Build(Sample, Key);

        for (var offset = 2 + Serial.Length; offset < token.Length; offset++)
        {
            var changed = token.ToArray();
            changed[offset] ^= 0x01;

            var result = TokenCodec.Verify(changed, Serial, Key);

            // A flip in the high bytes of the issue time leaves the calendar: a format failure, found first.
            var issueTimeOffset = 2 + Serial.Length + 12;
            var expected = result.Reason == TokenFailureReasons.InvalidIssueTime && offset < issueTimeOffset + 8
                ? TokenVerificationStatus.FormatFailure
                : TokenVerificationStatus.AuthenticationFailure;
            Assert.Equal(expected, result.Status);
        }
    }

    [Fact]
    public void KeyOfWrongLengthIsArgumentError()
    {
        Assert.Throws<ArgumentException>(() => TokenCodec.Build(Sample, new byte[16]));
        Assert.Throws<ArgumentException>(() => TokenCodec.Verify(new byte[60], Serial, new byte[31]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("SERIAL WITH Ü")]
    [InlineData("123456789012345678901234567890123")]
    public void UnusableSerialCannotBeBuilt(string serial)
    {
        Assert.Throws<ArgumentException>(() => TokenCodec.Build(Sample with { MeterSerial = serial }, Key));
    }

    [Fact]
    public void IssueTimeIsCutToSeconds()
    {
        var token = TokenCodec.Build(Sample with { IssuedAt = Sample.IssuedAt.AddMilliseconds(999) }, Key);

        Assert.Equal(Sample.IssuedAt, TokenCodec.Verify(token, Serial, Key).Token!.IssuedAt);
    }
}
