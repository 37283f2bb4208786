using Microsoft.Extensions.Time.Testing;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Dlms.Server.Hosting;
using OpenPrepaid.Simulator.Behaviour;
using OpenPrepaid.Simulator.Cosem;

namespace OpenPrepaid.Meters.Tests.Driver.Support;

/// <summary>Simulated meters on one HDLC multi-drop line behind one TCP port on 127.0.0.1, as behind an RS-485 converter.</summary>
internal sealed class SimulatedLine : IAsyncDisposable
{
    public const int FirstAddress = 0x10;

    private SimulatedLine(IReadOnlyList<SimulatedMeterDevice> devices, HdlcLineHost host)
    {
        Devices = devices;
        Host = host;
    }

    public IReadOnlyList<SimulatedMeterDevice> Devices { get; }

    public HdlcLineHost Host { get; }

    public static async Task<SimulatedLine> StartAsync(int meters)
    {
        var clock = new FakeTimeProvider(SimulatedMeterServer.Start);
        var devices = Enumerable.Range(1, meters).Select(index => SimulatedMeterDevice.Create(new SimulatedMeterDeviceOptions
        {
            Meter = new SimulatedMeterOptions
            {
                SerialNumber = $"LINE{index:D3}",
                ModelName = SimulatedMeterServer.ModelName,
                Seed = (ulong)index,
                StepSeconds = 10,
                InitialBalance = 10_000 * index,
                Load = LoadProfile.Constant(500 * index),
                TopUpKey = SimulatedMeterServer.KeyOf($"LINE{index:D3}"),
            },
            Password = SimulatedMeterServer.Password,
            TimeProvider = clock,
        })).ToList();
        clock.Advance(TimeSpan.FromHours(2));

        var host = new HdlcLineHost(new HdlcLineHostOptions());
        for (var i = 0; i < devices.Count; i++)
        {
            host.AddEndpoint(FirstAddress + i, devices[i].Device);
        }

        await host.StartAsync(CancellationToken.None);
        return new SimulatedLine(devices, host);
    }

    public MeterAccess Access(int index) => new(
        Devices[index].SerialNumber,
        SimulatedMeterServer.ModelName,
        ChannelEndpoint.Tcp("127.0.0.1", Host.Port),
        hdlcAddress: FirstAddress + index,
        logicalDeviceAddress: 1,
        clientSap: 1,
        SimulatedMeterServer.Password,
        SimulatedMeterServer.KeyOf(Devices[index].SerialNumber));

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
