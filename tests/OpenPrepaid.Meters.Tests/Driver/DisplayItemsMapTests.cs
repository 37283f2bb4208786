using OpenPrepaid.Meters.Driver;
using CoreItems = OpenPrepaid.Core.Settings.DisplayItems;
using MeterItems = OpenPrepaid.Meters.Prepaid.DisplayItems;

namespace OpenPrepaid.Meters.Tests.Driver;

public class DisplayItemsMapTests
{
    [Fact]
    public void EnergyPerTariffShowsEveryTariff()
    {
        var meter = DisplayItemsMap.ToMeter(CoreItems.EnergyPerTariff);

        Assert.Equal(MeterItems.EnergyTariff1 | MeterItems.EnergyTariff2 | MeterItems.EnergyTariff3 | MeterItems.EnergyTariff4, meter);
    }

    [Fact]
    public void ClockAndDateShareTheDateTimeItem()
    {
        Assert.Equal(MeterItems.DateTime, DisplayItemsMap.ToMeter(CoreItems.Clock));
        Assert.Equal(MeterItems.DateTime, DisplayItemsMap.ToMeter(CoreItems.Clock | CoreItems.Date));
        Assert.Equal(CoreItems.Clock | CoreItems.Date, DisplayItemsMap.ToProfile(MeterItems.DateTime));
    }

    [Fact]
    public void EveryProfileItemSurvivesTheRoundTrip()
    {
        Assert.Equal(CoreItems.All, DisplayItemsMap.ToProfile(DisplayItemsMap.ToMeter(CoreItems.All)));
        Assert.Equal(MeterItems.All, DisplayItemsMap.ToMeter(CoreItems.All));
    }

    [Fact]
    public void SingleTariffItemReadsAsEnergyPerTariff()
    {
        Assert.Equal(CoreItems.EnergyPerTariff | CoreItems.Balance, DisplayItemsMap.ToProfile(MeterItems.EnergyTariff3 | MeterItems.Balance));
    }
}
