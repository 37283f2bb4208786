using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Meters.Tests.Prepaid;

public class DisplayParametersTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(60, 3)]
    public void BoundaryValuesAreValid(byte seconds, byte decimals)
    {
        Assert.Null(new DisplayParameters(DisplayItems.All, seconds, decimals).Validate());
    }

    [Theory]
    [InlineData(0, 1, "seconds per item is 0")]
    [InlineData(61, 1, "seconds per item is 61")]
    [InlineData(5, 4, "energy decimals is 4")]
    public void OutOfRangeValueIsNamed(byte seconds, byte decimals, string expected)
    {
        Assert.StartsWith(expected, new DisplayParameters(DisplayItems.Balance, seconds, decimals).Validate(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReservedItemBitsAreRejected()
    {
        var problem = new DisplayParameters((DisplayItems)0x1000, 5, 1).Validate();

        Assert.Contains("reserved bits (0x1000)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ChargeTableIndexNamesTariff()
    {
        Assert.Equal("T3", ChargeTableElement.IndexOfTariff(3));
        Assert.Equal(4, ChargeTableElement.TariffOfIndex("T4"));
        Assert.Null(ChargeTableElement.TariffOfIndex("T5"));
        Assert.Null(ChargeTableElement.TariffOfIndex("t1"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChargeTableElement.IndexOfTariff(5));
    }
}
