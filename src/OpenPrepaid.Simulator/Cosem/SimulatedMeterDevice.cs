using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Simulator.Behaviour;
using OpenPrepaid.Simulator.Faults;
using DlmsMechanism = OpenPrepaid.Dlms.Acse.AuthenticationMechanism;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// One simulated meter as a DLMS server: the <see cref="SimulatedMeter"/>, the COSEM logical device that serves
/// every object of its model with the model's access rights (public client 16 without a password, management
/// client 1 with the LLS password), and the faults injected into its exchanges. Host <see cref="Device"/> with
/// a TcpWrapperHost or on an HdlcLineHost. Each request first integrates the meter up to its clock's time.
/// </summary>
public sealed class SimulatedMeterDevice
{
    private SimulatedMeterDevice(SimulatedMeter meter, CosemLogicalDevice device, MeterFaults faults, string password)
    {
        Meter = meter;
        Device = device;
        Faults = faults;
        Password = password;
    }

    public string SerialNumber => Meter.SerialNumber;

    public SimulatedMeter Meter { get; }

    /// <summary>The logical device (server SAP 1) to put behind a host.</summary>
    public CosemLogicalDevice Device { get; }

    /// <summary>Faults injected into this meter's exchanges; change them at any time.</summary>
    public MeterFaults Faults { get; }

    /// <summary>The management LLS password. Never logged.</summary>
    public string Password { get; }

    /// <summary>Builds the meter, its objects and its associations.</summary>
    public static SimulatedMeterDevice Create(SimulatedMeterDeviceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.Password);

        var loggers = options.LoggerFactory ?? NullLoggerFactory.Instance;
        var meter = new SimulatedMeter(options.Meter, options.TimeProvider, loggers.CreateLogger<SimulatedMeter>());
        var logger = loggers.CreateLogger("OpenPrepaid.Simulator.Meter");
        var device = new CosemLogicalDevice(meter.SerialNumber, serverSap: 1, logger);
        var state = new SnapshotCache(meter);
        var model = options.Model ?? MeterModelLoader.LoadReference();
        foreach (var cosemObject in SimulatedObjectFactory.CreateAll(model, state, logger, options.Meter.TimeZone))
        {
            device.AddObject(cosemObject);
        }

        foreach (var association in model.Associations)
        {
            device.AddAssociation(Settings(association, options));
        }

        var faults = new MeterFaults(meter.SerialNumber);
        device.BeforeEachRequest = state.Refresh;
        device.FaultSource = faults.Next;
        return new SimulatedMeterDevice(meter, device, faults, options.Password);
    }

    /// <summary>Builds a meter with the reference defaults and the given identity, secrets and clock.</summary>
    public static SimulatedMeterDevice Create(
        string serialNumber,
        string password,
        ReadOnlyMemory<byte> topUpKey,
        ulong seed,
        TimeProvider timeProvider,
        AssociationProfile? profile = null,
        ILoggerFactory? loggerFactory = null)
    {
        return Create(new SimulatedMeterDeviceOptions
        {
            Meter = new SimulatedMeterOptions { SerialNumber = serialNumber, Seed = seed, TopUpKey = topUpKey },
            Password = password,
            TimeProvider = timeProvider,
            Profile = profile ?? AssociationProfile.Full,
            LoggerFactory = loggerFactory,
        });
    }

    private static ClientAssociationSettings Settings(AssociationDefinition association, SimulatedMeterDeviceOptions options)
    {
        var low = association.Authentication == AuthenticationMechanism.Low;
        return new ClientAssociationSettings
        {
            ClientSap = association.ClientSap,
            Mechanism = low ? DlmsMechanism.Low : DlmsMechanism.None,
            Password = low ? Encoding.ASCII.GetBytes(options.Password) : null,
            Conformance = options.Profile.Conformance,
            MaxReceivePduSize = options.Profile.MaxReceivePduSize,
            MaxListSize = options.Profile.MaxListSize,
        };
    }
}
