using Microsoft.Extensions.Time.Testing;
using OpenPrepaid.Simulator.Fleet;
using SimulatedState = OpenPrepaid.Simulator.Behaviour.MeterSnapshot;

namespace OpenPrepaid.Cli.Tests.Support;

/// <summary>
/// Simulated meters served over DLMS on 127.0.0.1 with their clock stopped, so that balances and energy stay where
/// they are between a command and the check of its output. Writes the fleet file the way <c>simulate</c> does.
/// </summary>
public sealed class FrozenFleet : IAsyncLifetime
{
    /// <summary>A Wednesday, so that no weekend rule of a meter is in force.</summary>
    public static readonly DateTimeOffset Start = new(2025, 3, 12, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The meter that sends no reply at all.</summary>
    public const string DeadSerial = "SIM00004";

    public FakeTimeProvider Clock { get; } = new(Start);

    public SimulatedFleet Fleet { get; private set; } = null!;

    public string FleetFile { get; } = CliRun.TemporaryPath("fleet.json");

    /// <summary>The serial numbers of the meters that reply: SIM00001 to SIM00003.</summary>
    public static IReadOnlyList<string> LiveSerials { get; } = ["SIM00001", "SIM00002", "SIM00003"];

    public async Task InitializeAsync()
    {
        Fleet = new SimulatedFleet(new SimulatedFleetOptions
        {
            MeterCount = 4,
            Seed = 11,
            TimeProvider = Clock,
            Customize = plan => plan.SerialNumber == DeadSerial ? plan with { Dead = true } : plan,
        });
        await Fleet.StartAsync();
        await Fleet.WriteFleetFileAsync(FleetFile);
    }

    public async Task DisposeAsync() => await Fleet.DisposeAsync();

    /// <summary>The meter's own state in the simulator.</summary>
    public SimulatedState State(string serial) => Fleet[serial].Meter.Snapshot();

    /// <summary>The balance in the meter, in money units (the reference model keeps kopiykas).</summary>
    public decimal Balance(string serial) => State(serial).Balance / 100m;
}
