using OpenPrepaid.Meters.Driver;

namespace OpenPrepaid.Meters.Tests.Driver;

public class PriceTablePlanTests
{
    [Fact]
    public void FourDecimalPriceUsesScaleMinusFour()
    {
        var plan = PriceTablePlan.Create([0.3424m, 1m, 0m, 2.5m]);

        Assert.True(plan.IsWritable);
        Assert.Equal(-4, plan.PriceScale);
        Assert.Equal([3424, 10_000, 0, 25_000], plan.ChargesPerUnit);
    }

    [Fact]
    public void OverflowAtMinusFourUsesMinusThree()
    {
        var plan = PriceTablePlan.Create([4.25m, 4.25m, 4.25m, 4.25m]);

        Assert.True(plan.IsWritable);
        Assert.Equal(-3, plan.PriceScale);
        Assert.All(plan.ChargesPerUnit, charge => Assert.Equal(4250, charge));
    }

    [Fact]
    public void PricesWithoutCommonScaleAreRejected()
    {
        var plan = PriceTablePlan.Create([0.3424m, 4.25m, 1m, 1m]);

        Assert.False(plan.IsWritable);
        Assert.Contains("42500", plan.Errors[1]);
        Assert.Contains("signed 16-bit", plan.Errors[1]);
        Assert.Contains("tariff 2", plan.Errors[0]);
        Assert.Contains("tariff 2", plan.Errors[2]);
        Assert.Contains("tariff 2", plan.Errors[3]);
    }

    [Fact]
    public void LargestAndSmallestProfilePricesCannotShareAScale()
    {
        var plan = PriceTablePlan.Create([100_000m, 0.0001m, 0m, 0m]);

        Assert.False(plan.IsWritable);
        Assert.All(plan.Errors, error => Assert.False(string.IsNullOrEmpty(error)));
    }

    [Fact]
    public void LargestProfilePriceAloneFitsAtScaleOne()
    {
        var plan = PriceTablePlan.Create([100_000m, 0m, 0m, 0m]);

        Assert.True(plan.IsWritable);
        Assert.Equal(1, plan.PriceScale);
        Assert.Equal(10_000, plan.ChargesPerUnit[0]);
    }
}
