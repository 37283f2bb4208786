using Microsoft.Extensions.Time.Testing;
using OpenPrepaid.Simulator.Behaviour;
using OpenPrepaid.Simulator.Timing;
using OpenPrepaid.Simulator.Tests.Behaviour;

namespace OpenPrepaid.Simulator.Tests.Timing;

public class AcceleratedTimeProviderTests
{
    [Fact]
    public void OneRealSecondIsOneSimulatedHour()
    {
        var real = new FakeTimeProvider(TestMeters.Monday);
        var accelerated = new AcceleratedTimeProvider(real, 3600);

        real.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TestMeters.Monday.AddHours(1), accelerated.GetUtcNow());
    }

    [Fact]
    public void SimulationMayStartElsewhere()
    {
        var real = new FakeTimeProvider(TestMeters.Monday);
        var accelerated = new AcceleratedTimeProvider(real, 60, TestMeters.Saturday);

        real.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(TestMeters.Saturday.AddHours(1), accelerated.GetUtcNow());
    }

    [Fact]
    public void AcceleratedMeterConsumesSimulatedHours()
    {
        var real = new FakeTimeProvider(TestMeters.Monday);
        var meter = new SimulatedMeter(TestMeters.Options() with { Load = LoadProfile.Constant(1000), StepSeconds = 10 }, new AcceleratedTimeProvider(real, 3600));

        real.Advance(TimeSpan.FromSeconds(2));
        var snapshot = meter.Snapshot();

        Assert.Equal(2_000, snapshot.EnergyTotalWh);
        Assert.Equal(TestMeters.Monday.AddHours(2), snapshot.SimulatedAt);
    }

    [Fact]
    public void TimerFiresAfterScaledDelay()
    {
        var real = new FakeTimeProvider(TestMeters.Monday);
        var accelerated = new AcceleratedTimeProvider(real, 3600);
        var fired = 0;

        using var timer = accelerated.CreateTimer(_ => fired++, null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);
        real.Advance(TimeSpan.FromMilliseconds(999));
        var beforeDue = fired;
        real.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(0, beforeDue);
        Assert.Equal(1, fired);
    }

    [Fact]
    public void TimestampsAdvanceByFactor()
    {
        var real = new FakeTimeProvider(TestMeters.Monday);
        var accelerated = new AcceleratedTimeProvider(real, 100);
        var start = accelerated.GetTimestamp();

        real.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(TimeSpan.FromSeconds(300), accelerated.GetElapsedTime(start));
    }

    [Fact]
    public void FactorBelowOneIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AcceleratedTimeProvider(TimeProvider.System, 0));
    }
}
