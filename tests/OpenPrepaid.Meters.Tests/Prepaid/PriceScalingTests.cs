using System.Buffers.Binary;
using FsCheck.Xunit;
using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Meters.Tests.Prepaid;

/// <summary>
/// Tariff prices become a signed 16-bit charge_per_unit at a price scale: exactly, or not at all.
/// A price of 0.3424 must store as 3424; 4.25 at scale -4 would be 42500 and must never wrap.
/// </summary>
public class PriceScalingTests
{
    [Fact]
    public void PriceScaleMinusFourIsExact()
    {
        Assert.True(PriceScaling.TryToChargePerUnit(0.3424m, -4, out var chargePerUnit, out var error));

        Assert.Null(error);
        Assert.Equal(3424, chargePerUnit);

        // A-XDR long is big-endian: the attribute carries 10 0D 60.
        var bytes = new byte[2];
        BinaryPrimitives.WriteInt16BigEndian(bytes, chargePerUnit);
        Assert.Equal(new byte[] { 0x0D, 0x60 }, bytes);
    }

    [Fact]
    public void PriceOverflowingSixteenBitsIsRejectedNotWrapped()
    {
        Assert.False(PriceScaling.TryToChargePerUnit(4.2500m, -4, out var chargePerUnit, out var error));

        Assert.Equal(0, chargePerUnit);
        Assert.Contains("42500", error, StringComparison.Ordinal);
        Assert.Contains("coarser price scale", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CoarserScaleFitsOverflowingPrice()
    {
        Assert.True(PriceScaling.TryFindPriceScale([4.2500m], out var scale));
        Assert.Equal(-3, scale);

        Assert.True(PriceScaling.TryToChargePerUnit(4.25m, scale, out var chargePerUnit, out _));
        Assert.Equal(4250, chargePerUnit);
    }

    [Fact]
    public void PriceWithMoreDecimalsThanScaleIsRejected()
    {
        Assert.False(PriceScaling.TryToChargePerUnit(0.3424m, -3, out _, out var error));

        Assert.Contains("finer price scale", error, StringComparison.Ordinal);
    }

    [Fact]
    public void NoScaleFitsPricesOfBothKinds()
    {
        Assert.False(PriceScaling.TryFindPriceScale([4.25m, 0.3424m], out _));
    }

    [Fact]
    public void FinestCommonScaleIsChosen()
    {
        Assert.True(PriceScaling.TryFindPriceScale([0.3424m, 2.1m, 0m], out var scale));

        Assert.Equal(-4, scale);
    }

    [Fact]
    public void ChargePerUnitConvertsBackToPrice()
    {
        Assert.Equal(0.3424m, PriceScaling.ToPrice(3424, -4));
        Assert.Equal(4250m, PriceScaling.ToPrice(425, 1));
        Assert.Equal(-3.2768m, PriceScaling.ToPrice(short.MinValue, -4));
    }

    [Property(MaxTest = 500)]
    public bool ChargePerUnitRoundTripsAtEveryScale(short chargePerUnit, byte scaleSeed)
    {
        var scale = (sbyte)((scaleSeed % 13) - 6);

        var price = PriceScaling.ToPrice(chargePerUnit, scale);

        return PriceScaling.TryToChargePerUnit(price, scale, out var back, out _) && back == chargePerUnit;
    }
}
