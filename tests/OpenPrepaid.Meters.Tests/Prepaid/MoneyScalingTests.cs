using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Meters.Tests.Prepaid;

public class MoneyScalingTests
{
    [Theory]
    [InlineData(962, -2, "9.62")]
    [InlineData(-10_000_000, -2, "-100000.00")]
    [InlineData(1_500_000_000, -2, "15000000.00")]
    [InlineData(7, 3, "7000")]
    public void ScaledValueIsExactDecimal(long scaled, sbyte scale, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), MoneyScaling.ToDecimal(scaled, scale));
    }

    [Fact]
    public void AmountWithTooManyDecimalsIsRejected()
    {
        Assert.False(MoneyScaling.TryToScaled(9.625m, -2, out _));
        Assert.True(MoneyScaling.TryToScaled(9.620m, -2, out var scaled));
        Assert.Equal(962, scaled);
    }

    [Fact]
    public void AmountBeyondLongIsRejected()
    {
        Assert.False(MoneyScaling.TryToScaled(decimal.MaxValue, -2, out _));
        Assert.False(MoneyScaling.TryToScaled(1e20m, 0, out _));
    }

    [Fact]
    public void DisplayRoundsHalfAwayFromZero()
    {
        Assert.Equal(9.62m, MoneyScaling.RoundForDisplay(9.619552m, 2));
        Assert.Equal(9.64m, MoneyScaling.RoundForDisplay(9.64496896m, 2));
        Assert.Equal(-0.01m, MoneyScaling.RoundForDisplay(-0.005m, 2));
    }
}
