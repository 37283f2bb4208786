using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Tests.Behaviour;

public class TemperatureTests
{
    [Fact]
    public void AfternoonIsWarmerThanNight()
    {
        var meter = TestMeters.CreateConstant(0);

        var night = meter.Advance(TimeSpan.FromHours(3));
        var afternoon = meter.Advance(TimeSpan.FromHours(12));

        // 18.0 °C mean, 4.0 °C swing: 14.0 °C at 03:00, 22.0 °C at 15:00.
        Assert.Equal(140, night.AmbientTemperatureTenths);
        Assert.Equal(220, afternoon.AmbientTemperatureTenths);
        Assert.InRange(night.InternalTemperatureTenths, 138, 146);
        Assert.InRange(afternoon.InternalTemperatureTenths, 214, 222);
    }

    [Fact]
    public void LoadWarmsTheMeter()
    {
        var idle = TestMeters.CreateConstant(0, start: TestMeters.Monday.AddHours(12));
        var loaded = TestMeters.CreateConstant(5000, options => options with { InitialBalance = 10_000_000 }, TestMeters.Monday.AddHours(12));

        var cool = idle.Advance(TimeSpan.FromHours(3));
        var warm = loaded.Advance(TimeSpan.FromHours(3));

        // 3.0 °C per kW: 5 kW adds 15.0 °C once the meter has settled (time constant 30 min).
        Assert.InRange(warm.InternalTemperatureTenths - cool.InternalTemperatureTenths, 145, 150);
    }

    [Fact]
    public void AmbientMeanCanBeWritten()
    {
        var meter = TestMeters.CreateConstant(0);

        Assert.True(meter.Meter.SetAmbientTemperatureMean(300).IsApplied);
        var snapshot = meter.Advance(TimeSpan.FromHours(15));

        Assert.Equal(300, snapshot.AmbientMeanTenths);
        Assert.Equal(340, snapshot.AmbientTemperatureTenths);
        Assert.False(meter.Meter.SetAmbientTemperatureMean(900).IsApplied);
    }

    [Fact]
    public void MeterStartsAtAmbient()
    {
        var meter = TestMeters.CreateConstant(0);

        var start = meter.Meter.Snapshot();

        Assert.Equal(start.AmbientTemperatureTenths, start.InternalTemperatureTenths);
    }
}
