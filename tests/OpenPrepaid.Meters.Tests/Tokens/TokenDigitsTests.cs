using OpenPrepaid.Meters.Tokens;

namespace OpenPrepaid.Meters.Tests.Tokens;

/// <summary>
/// A 20-digit token must travel as an octet-string, because a visible-string gets the action result
/// type-unmatched. These are the octet-string contents of the placeholder token 01234567890123456789 in both packings.
/// </summary>
public class TokenDigitsTests
{
    private const string Digits = "01234567890123456789";

    [Fact]
    public void BcdPacksTwoDigitsPerByte()
    {
        var packed = TokenDigits.Pack(Digits, TokenDigitPacking.Bcd);

        Assert.Equal(Convert.FromHexString("01234567890123456789"), packed);
        Assert.Equal(10, packed.Length);
    }

    [Fact]
    public void AsciiDigitsPackOneDigitPerByte()
    {
        var packed = TokenDigits.Pack(Digits, TokenDigitPacking.AsciiDigits);

        // The same 20 bytes that a visible-string (tag 0A) would carry; only the tag (09) differs.
        Assert.Equal(Convert.FromHexString("3031323334353637383930313233343536373839"), packed);
    }

    [Theory]
    [InlineData("123")]
    [InlineData("12 34")]
    [InlineData("12a4")]
    [InlineData("")]
    public void UnpackableDigitsAreRejected(string digits)
    {
        Assert.Throws<ArgumentException>(() => TokenDigits.Pack(digits, TokenDigitPacking.Bcd));
    }
}
