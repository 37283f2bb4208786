using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Tests.Behaviour;

public class LoadModelTests
{
    [Fact]
    public void HouseholdUsesAboutTwelveKilowattHoursADay()
    {
        var meter = TestMeters.Create(TestMeters.Options() with { InitialBalance = 10_000_000, StepSeconds = 10 });

        var week = meter.Advance(TimeSpan.FromDays(7));

        Assert.InRange(week.EnergyTotalWh / 7, 11_500, 13_000);
    }

    [Fact]
    public void EveningPeakExceedsNightLoad()
    {
        var model = new LoadModel(LoadProfile.Household with { NoiseWatts = 0 }, seed: 1);

        // 03:00 is 120 W + 3 % of 1500 W; 19:00 is 120 W + 80 % of 1500 W.
        Assert.Equal(165, model.PowerAt(0, 3 * 3600));
        Assert.Equal(1_320, model.PowerAt(0, 19 * 3600));
    }

    [Fact]
    public void CurveIsInterpolatedBetweenHours()
    {
        var model = new LoadModel(LoadProfile.Household with { NoiseWatts = 0 }, seed: 1);

        // Halfway from 18:00 (600 ‰) to 19:00 (800 ‰).
        Assert.Equal(120 + 1_050, model.PowerAt(0, (18 * 3600) + 1800));
    }

    [Fact]
    public void NoiseStaysWithinBoundsAndHoldsPerPeriod()
    {
        var profile = LoadProfile.Constant(1000) with { NoiseWatts = 200, NoisePeriodSeconds = 300 };
        var model = new LoadModel(profile, seed: 99);
        var start = TestMeters.Monday.ToUnixTimeSeconds();

        var values = Enumerable.Range(0, 3_000).Select(second => model.PowerAt(start + second, 0)).ToList();

        Assert.All(values, watts => Assert.InRange(watts, 800, 1_200));
        Assert.Single(values.Take(300).Distinct());
        Assert.True(values.Distinct().Count() > 5);
    }

    [Fact]
    public void LoadIsNeverNegative()
    {
        var profile = LoadProfile.Constant(10) with { NoiseWatts = 500 };
        var model = new LoadModel(profile, seed: 5);

        Assert.All(Enumerable.Range(0, 200), segment => Assert.True(model.PowerAt(segment * 300L, 0) >= 0));
    }

    [Fact]
    public void InvalidProfileIsRejected()
    {
        var options = TestMeters.Options() with { Load = LoadProfile.Household with { HourlyPermille = new int[23] } };

        var error = Assert.Throws<ArgumentException>(() => TestMeters.Create(options));

        Assert.Contains("24 hourly values", error.Message, StringComparison.Ordinal);
    }
}
