using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Tests.Behaviour;

public class DeterminismTests
{
    [Fact]
    public void SameSeedAndTimesGiveSameState()
    {
        var first = TestMeters.Create();
        var second = TestMeters.Create();

        for (var hour = 0; hour < 72; hour++)
        {
            first.Advance(TimeSpan.FromHours(1));
            second.Advance(TimeSpan.FromHours(1));
            if (hour == 30)
            {
                first.Meter.EnterToken(TestMeters.Token(1, 5_000));
                second.Meter.EnterToken(TestMeters.Token(1, 5_000));
            }
        }

        var a = first.Meter.Snapshot();
        var b = second.Meter.Snapshot();

        Assert.Equal(Serialize(a), Serialize(b));
        Assert.True(a.EnergyTotalWh > 10_000);
        Assert.NotEqual(a.EnergyPerTariffWh[0], a.EnergyPerTariffWh[1]);
    }

    [Fact]
    public void OtherSeedGivesOtherConsumption()
    {
        var first = TestMeters.Create();
        var second = TestMeters.Create(TestMeters.Options() with { Seed = 43 });

        var a = first.Advance(TimeSpan.FromDays(1));
        var b = second.Advance(TimeSpan.FromDays(1));

        Assert.NotEqual(a.EnergyTotalWh, b.EnergyTotalWh);
    }

    [Property(MaxTest = 25)]
    public Property SplittingTimeDoesNotChangeState()
    {
        var splits = Gen.Choose(1, 7_200).ArrayOf().Where(parts => parts.Length > 0 && parts.Sum() <= 100_000);

        return Prop.ForAll(splits.ToArbitrary(), parts =>
        {
            var total = TimeSpan.FromSeconds(parts.Sum());
            var inOneGo = TestMeters.Create(TestMeters.Options() with { StepSeconds = 5 });
            var inParts = TestMeters.Create(TestMeters.Options() with { StepSeconds = 5 });

            inOneGo.Meter.AdvanceTo(TestMeters.Monday + total);
            foreach (var part in parts)
            {
                inParts.Time.Advance(TimeSpan.FromSeconds(part));
                inParts.Meter.CatchUp();
            }

            inOneGo.Time.Advance(total);
            return Serialize(inOneGo.Meter.Snapshot()) == Serialize(inParts.Meter.Snapshot());
        });
    }

    [Fact]
    public void TimeNeverRunsBackwards()
    {
        var meter = TestMeters.Create();
        meter.Meter.AdvanceTo(TestMeters.Monday.AddHours(2));

        meter.Meter.AdvanceTo(TestMeters.Monday.AddHours(1));

        Assert.Equal(TestMeters.Monday.AddHours(2), meter.Meter.SimulatedAt);
    }

    [Fact]
    public void PartialStepWaitsForNextCall()
    {
        var time = new FakeTimeProvider(TestMeters.Monday);
        var meter = new SimulatedMeter(TestMeters.Options() with { StepSeconds = 60 }, time);

        meter.AdvanceTo(TestMeters.Monday.AddSeconds(119));

        Assert.Equal(TestMeters.Monday.AddSeconds(60), meter.SimulatedAt);
    }

    private static string Serialize(MeterSnapshot snapshot) => JsonSerializer.Serialize(snapshot);
}
