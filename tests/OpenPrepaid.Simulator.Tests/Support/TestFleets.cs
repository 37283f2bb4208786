using Microsoft.Extensions.Time.Testing;
using OpenPrepaid.Simulator.Fleet;

namespace OpenPrepaid.Simulator.Tests.Support;

/// <summary>Fleets on 127.0.0.1 with any free ports, on a fake clock unless a test needs real time.</summary>
internal static class TestFleets
{
    /// <summary>Monday 2 March 2026, 00:00 UTC.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    public static SimulatedFleetOptions Options(TimeProvider time, int meters = 1) => new()
    {
        MeterCount = meters,
        Seed = 7,
        TimeProvider = time,
    };

    public static async Task<SimulatedFleet> StartAsync(SimulatedFleetOptions options)
    {
        var fleet = new SimulatedFleet(options);
        await fleet.StartAsync();
        return fleet;
    }

    /// <summary>One meter over the wrapper on a fake clock that starts on <see cref="Monday"/>.</summary>
    public static async Task<(SimulatedFleet Fleet, FleetMeter Meter, FakeTimeProvider Time)> StartOneAsync(
        Func<FleetMeterPlan, FleetMeterPlan>? customize = null,
        DateTimeOffset? start = null,
        int stepSeconds = 1)
    {
        var time = new FakeTimeProvider(start ?? Monday);
        var fleet = await StartAsync(Options(time) with { Customize = customize, StepSeconds = stepSeconds });
        return (fleet, fleet.Meters[0], time);
    }
}
