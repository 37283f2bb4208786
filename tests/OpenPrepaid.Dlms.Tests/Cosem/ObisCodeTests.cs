using FsCheck.Xunit;
using OpenPrepaid.Dlms.Cosem;

namespace OpenPrepaid.Dlms.Tests.Cosem;

/// <summary>OBIS codes (IEC 62056-6-1) in the dotted form "1.0.1.8.0.255" and the standard form "1-0:1.8.0*255".</summary>
public class ObisCodeTests
{
    [Theory]
    [InlineData("1.0.1.8.0.255")]
    [InlineData("1-0:1.8.0*255")]
    [InlineData("1-0:1.8.0")]
    [InlineData(" 1.0.1.8.0.255 ")]
    public void BothFormsParseToTheSameCode(string text)
    {
        Assert.Equal(new ObisCode(1, 0, 1, 8, 0, 255), ObisCode.Parse(text));
    }

    [Fact]
    public void CodeFormatsInBothForms()
    {
        var code = new ObisCode(0, 0, 96, 3, 10, 255);

        Assert.Equal("0.0.96.3.10.255", code.ToString());
        Assert.Equal("0-0:96.3.10*255", code.ToStandardString());
        Assert.Equal("0-0:96.3.10*255", $"{code:S}");
        Assert.Equal("0.0.96.3.10.255", $"{code}");
    }

    [Fact]
    public void CodeConvertsToAndFromLogicalNameBytes()
    {
        var code = ObisCode.Parse("0.0.19.20.0.255");

        Assert.Equal(new byte[] { 0, 0, 19, 20, 0, 255 }, code.ToBytes());
        Assert.Equal(code, ObisCode.FromBytes([0, 0, 19, 20, 0, 255]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1.0.1.8.0")]
    [InlineData("1.0.1.8.0.255.1")]
    [InlineData("1.0.1.8.0.256")]
    [InlineData("1.0.1.8.-1.255")]
    [InlineData("1..1.8.0.255")]
    [InlineData("a.b.c.d.e.f")]
    [InlineData("1.0.1.8.0.0x1F")]
    [InlineData("+1.0.1.8.0.255")]
    [InlineData("1-0:1.8*255")]
    [InlineData("1-0:1.8.0.1*255")]
    [InlineData("1-0:1.8.0*")]
    [InlineData("1-0:1.8.0*256")]
    [InlineData("-0:1.8.0*255")]
    [InlineData("1-:1.8.0*255")]
    [InlineData("1:0-1.8.0*255")]
    [InlineData("1-0:1.8.0*255*1")]
    public void WrongTextIsRejectedWithFormatException(string text)
    {
        var error = Assert.Throws<FormatException>(() => ObisCode.Parse(text));

        Assert.Contains("is not an OBIS code", error.Message, StringComparison.Ordinal);
        Assert.False(ObisCode.TryParse(text, out _));
    }

    [Fact]
    public void NullTextIsNotParsed()
    {
        Assert.False(ObisCode.TryParse(null, out _));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(7)]
    public void LogicalNameOfWrongLengthIsRejected(int length)
    {
        Assert.Throws<DlmsProtocolException>(() => ObisCode.FromBytes(new byte[length]));
    }

    [Property(MaxTest = 500)]
    public void AnyCodeRoundTripsThroughBothForms(byte a, byte b, byte c, byte d, byte e, byte f)
    {
        var code = new ObisCode(a, b, c, d, e, f);

        Assert.Equal(code, ObisCode.Parse(code.ToString()));
        Assert.Equal(code, ObisCode.Parse(code.ToStandardString()));
        Assert.Equal(code, ObisCode.FromBytes(code.ToBytes()));
    }
}
