using Microsoft.Extensions.Time.Testing;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Dlms.Server.Hosting;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Simulator.Behaviour;
using OpenPrepaid.Simulator.Cosem;

namespace OpenPrepaid.Meters.Tests.Driver.Support;

/// <summary>
/// One simulated reference meter served over the TCP wrapper on 127.0.0.1, with its clock under the test's
/// control: the meter's state changes only when the test advances <see cref="Clock"/>.
/// </summary>
internal sealed class SimulatedMeterServer : IAsyncDisposable
{
    public const string Password = "12345678";
    public const string ModelName = "OpenPrepaid SIM-1";

    /// <summary>A Monday morning, so the weekend relay rules play no part unless a test moves the clock.</summary>
    public static readonly DateTimeOffset Start = new(2025, 3, 10, 6, 0, 0, TimeSpan.Zero);

    private SimulatedMeterServer(SimulatedMeterDevice device, TcpWrapperHost host, FakeTimeProvider clock)
    {
        Device = device;
        Host = host;
        Clock = clock;
    }

    public SimulatedMeterDevice Device { get; }

    public SimulatedMeter Meter => Device.Meter;

    public TcpWrapperHost Host { get; }

    public FakeTimeProvider Clock { get; }

    public string Serial => Device.SerialNumber;

    public static byte[] KeyOf(string serial) => [.. Enumerable.Range(0, 32).Select(i => (byte)(i * 7 + serial.Length + serial[^1]))];

    /// <summary>
    /// Starts a meter that has run for <paramref name="runFor"/> under a constant 1.8 kW load, so its energy,
    /// money collected and temperature are not zero.
    /// </summary>
    public static async Task<SimulatedMeterServer> StartAsync(
        string serial = "SIM0001",
        AssociationProfile? profile = null,
        MeterModel? model = null,
        Func<SimulatedMeterOptions, SimulatedMeterOptions>? customize = null,
        TimeSpan? runFor = null)
    {
        var clock = new FakeTimeProvider(Start);
        var options = new SimulatedMeterOptions
        {
            SerialNumber = serial,
            ModelName = ModelName,
            Seed = 7,
            StepSeconds = 10,
            InitialBalance = 123_456,
            Load = LoadProfile.Constant(1800),
            TopUpKey = KeyOf(serial),
            UnitCharge = Meters.Prepaid.UnitCharge.FromChargesPerUnit(-4, 4_321, 2_161),
        };
        var device = SimulatedMeterDevice.Create(new SimulatedMeterDeviceOptions
        {
            Meter = customize is null ? options : customize(options),
            Password = Password,
            TimeProvider = clock,
            Profile = profile ?? AssociationProfile.Full,
            Model = model,
        });

        clock.Advance(runFor ?? TimeSpan.FromHours(5));
        var host = new TcpWrapperHost(device.Device);
        await host.StartAsync(CancellationToken.None);
        return new SimulatedMeterServer(device, host, clock);
    }

    /// <summary>The register entry of this meter for the management client (or the public one without a password).</summary>
    public MeterAccess Access(string? password = Password, int clientSap = 1, string? serial = null, byte[]? key = null) => new(
        serial ?? Serial,
        ModelName,
        ChannelEndpoint.Tcp("127.0.0.1", Host.Port),
        hdlcAddress: null,
        logicalDeviceAddress: 1,
        clientSap: password is null && clientSap == 1 ? 16 : clientSap,
        password,
        key ?? KeyOf(Serial));

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
