using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Tests.Behaviour;

public class PowerLimitTests
{
    private static (SimulatedMeter Meter, Microsoft.Extensions.Time.Testing.FakeTimeProvider Time) Overloaded(byte mode)
    {
        return TestMeters.CreateConstant(3000, options => options with
        {
            ControlMode = mode,
            PowerLimitWatts = 2000,
            MinOverThresholdSeconds = 60,
            MinUnderThresholdSeconds = 120,
        });
    }

    [Fact]
    public void PowerAboveLimitOpensAfterDuration()
    {
        var meter = Overloaded(6);

        var before = meter.Advance(TimeSpan.FromSeconds(59));
        var after = meter.Advance(TimeSpan.FromSeconds(1));

        Assert.True(before.OutputState);
        Assert.Equal(3000, before.ActivePowerWatts);
        Assert.False(after.OutputState);
        Assert.True(after.PowerLimitTripped);
        Assert.Equal(ControlState.ReadyForReconnection, after.ControlState);
        Assert.Equal(50, after.EnergyTotalWh);
    }

    [Fact]
    public void PowerAtLimitIsAllowed()
    {
        var meter = TestMeters.CreateConstant(2000, options => options with { PowerLimitWatts = 2000, MinOverThresholdSeconds = 60 });

        var snapshot = meter.Advance(TimeSpan.FromHours(1));

        Assert.True(snapshot.OutputState);
        Assert.False(snapshot.PowerLimitTripped);
    }

    [Fact]
    public void ShortPeakBelowDurationIsAllowed()
    {
        var meter = TestMeters.CreateConstant(1000, options => options with { PowerLimitWatts = 2000, MinOverThresholdSeconds = 60 });

        meter.Meter.SetLoadOverride(3000);
        meter.Advance(TimeSpan.FromSeconds(59));
        meter.Meter.SetLoadOverride(1000);
        var snapshot = meter.Advance(TimeSpan.FromMinutes(10));

        Assert.True(snapshot.OutputState);
    }

    [Fact]
    public void ModeSixReconnectsAfterUnderDuration()
    {
        var meter = Overloaded(6);
        meter.Advance(TimeSpan.FromSeconds(60));

        var stillOff = meter.Advance(TimeSpan.FromSeconds(119));
        var backOn = meter.Advance(TimeSpan.FromSeconds(1));

        Assert.False(stillOff.OutputState);
        Assert.True(backOn.OutputState);
        Assert.False(backOn.PowerLimitTripped);

        // The load is still too high: the limiter trips again one minute later.
        var again = meter.Advance(TimeSpan.FromSeconds(60));
        Assert.False(again.OutputState);
    }

    [Fact]
    public void ModeOneWaitsForButtonAfterOverload()
    {
        var meter = Overloaded(1);
        meter.Advance(TimeSpan.FromSeconds(60));
        meter.Meter.SetLoadOverride(500);

        var cleared = meter.Advance(TimeSpan.FromMinutes(10));
        meter.Meter.PressButton();
        var pressed = meter.Advance(TimeSpan.FromMinutes(10));

        Assert.False(cleared.OutputState);
        Assert.False(cleared.PowerLimitTripped);
        Assert.True(pressed.OutputState);
        Assert.Equal(500, pressed.ActivePowerWatts);
    }

    [Fact]
    public void ZeroLimitMeansNoLimit()
    {
        var meter = TestMeters.CreateConstant(20_000, options => options with { PowerLimitWatts = 0, MinOverThresholdSeconds = 0 });

        Assert.True(meter.Advance(TimeSpan.FromHours(1)).OutputState);
    }

    [Fact]
    public void RemovingLimitClearsTrip()
    {
        var meter = Overloaded(6);
        meter.Advance(TimeSpan.FromSeconds(60));

        Assert.True(meter.Meter.SetPowerLimit(0).IsApplied);
        var snapshot = meter.Meter.Snapshot();

        Assert.False(snapshot.PowerLimitTripped);
        Assert.True(snapshot.OutputState);
        Assert.Equal(0u, snapshot.PowerLimitWatts);
    }
}
