using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenPrepaid.Dlms.Server.Hosting;
using OpenPrepaid.Simulator.Behaviour;
using OpenPrepaid.Simulator.Cosem;
using OpenPrepaid.Simulator.Faults;

namespace OpenPrepaid.Simulator.Fleet;

/// <summary>
/// A fleet of simulated prepaid meters served over real DLMS on 127.0.0.1: each meter on its own port over the
/// TCP wrapper, or several meters per port on an HDLC multi-drop line addressed by physical address. The
/// meters exist from construction (their state can be read and changed at once); ports are bound by
/// <see cref="StartAsync"/>. Used by <c>openprepaid simulate</c>, by the demonstration console in-process and
/// by tests.
/// </summary>
public sealed class SimulatedFleet : IAsyncDisposable
{
    private readonly SimulatedFleetOptions _options;
    private readonly ILogger _logger;
    private readonly List<FleetMeter> _meters = [];
    private readonly Dictionary<string, FleetMeter> _bySerial = new(StringComparer.Ordinal);
    private readonly List<Func<CancellationToken, Task>> _stops = [];
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private bool _disposed;

    public SimulatedFleet(SimulatedFleetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var loggers = options.LoggerFactory ?? NullLoggerFactory.Instance;
        _logger = loggers.CreateLogger<SimulatedFleet>();

        foreach (var plan in FleetPlanner.Plan(options))
        {
            var meter = new FleetMeter(plan, CreateDevice(plan, options, loggers), options.ModelName);
            if (!_bySerial.TryAdd(meter.SerialNumber, meter))
            {
                throw new ArgumentException($"Two meters of the fleet have serial number {meter.SerialNumber}.", nameof(options));
            }

            _meters.Add(meter);
        }

        ApplyFaults(options.Faults);
    }

    public IReadOnlyList<FleetMeter> Meters => _meters;

    public bool IsRunning { get; private set; }

    /// <summary>Returns the meter with this serial number, or throws <see cref="KeyNotFoundException"/>.</summary>
    public FleetMeter this[string serialNumber] =>
        _bySerial.TryGetValue(serialNumber, out var meter) ? meter : throw new KeyNotFoundException($"The fleet has no meter with serial number '{serialNumber}'.");

    public FleetMeter? Find(string serialNumber) => _bySerial.GetValueOrDefault(serialNumber);

    /// <summary>
    /// Adds the faults of a plan to the meters it names, after the faults they have; throws
    /// <see cref="FaultSpecException"/> before changing anything when it names a serial number not in the fleet.
    /// </summary>
    public void ApplyFaults(FaultPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.EnsureTargetsExist(_bySerial.Keys);
        foreach (var meter in _meters)
        {
            foreach (var rule in plan.RulesFor(meter.SerialNumber))
            {
                meter.Faults.Add(rule);
                FleetLog.FaultSet(_logger, meter.SerialNumber, rule);
            }
        }
    }

    /// <summary>
    /// Binds every port and starts serving. Throws <see cref="IOException"/> naming the port when one cannot be
    /// bound; the ports bound before it are released again.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsRunning)
            {
                throw new InvalidOperationException("The simulated fleet is already running.");
            }

            try
            {
                if (_options.MetersPerLine == 0)
                {
                    await StartWrapperHostsAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await StartLinesAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch
            {
                await StopHostsAsync(CancellationToken.None).ConfigureAwait(false);
                throw;
            }

            IsRunning = true;
            FleetLog.Started(_logger, _meters.Count, _stops.Count);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Stops every host, closing open connections; the meters keep their state.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!IsRunning)
            {
                return;
            }

            await StopHostsAsync(cancellationToken).ConfigureAwait(false);
            IsRunning = false;
            FleetLog.Stopped(_logger, _meters.Count);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Writes the fleet file (see <see cref="FleetFile"/>); call it once the fleet is listening.</summary>
    public Task WriteFleetFileAsync(string path, CancellationToken cancellationToken = default) =>
        FleetFile.WriteAsync(path, _meters, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _disposed = true;
        _lifecycle.Dispose();
    }

    private static SimulatedMeterDevice CreateDevice(FleetMeterPlan plan, SimulatedFleetOptions options, ILoggerFactory loggers)
    {
        var device = SimulatedMeterDevice.Create(new SimulatedMeterDeviceOptions
        {
            Meter = new SimulatedMeterOptions
            {
                SerialNumber = plan.SerialNumber,
                ModelName = options.ModelName,
                Seed = plan.Seed,
                TimeZone = options.TimeZone,
                StepSeconds = options.StepSeconds,
                InitialBalance = plan.InitialBalance,
                CreditLimit = plan.CreditLimit,
                ControlMode = plan.ControlMode,
                PowerLimitWatts = plan.PowerLimitWatts,
                NeverSwitchOff = plan.NeverSwitchOff,
                NoSwitchOffOnSaturday = plan.NoSwitchOffOnSaturday,
                NoSwitchOffOnSunday = plan.NoSwitchOffOnSunday,
                Load = plan.Load,
                TariffSchedule = plan.TariffSchedule,
                TopUpKey = plan.TopUpKey,
            },
            Password = plan.Password,
            TimeProvider = options.TimeProvider,
            Profile = options.Profile,
            LoggerFactory = loggers,
        });

        if (plan.RelayOpen && device.Meter.RemoteDisconnect() == RelayCommandResult.RejectedByControlMode)
        {
            throw new ArgumentException($"Meter {plan.SerialNumber} cannot start with its relay open in control mode {plan.ControlMode}.", nameof(plan));
        }

        if (plan.Dead)
        {
            device.Faults.Add(FaultRule.Dead);
        }
        else if (plan.ResponseDelay is { } delay)
        {
            device.Faults.Add(FaultRule.Slow(delay));
        }

        return device;
    }

    private async Task StartWrapperHostsAsync(CancellationToken cancellationToken)
    {
        foreach (var meter in _meters)
        {
            var port = _options.BasePort == 0 ? 0 : _options.BasePort + meter.Plan.Index;
            var host = new TcpWrapperHost(meter.Device.Device, new TcpWrapperHostOptions { Port = port }, _logger);
            await StartAsync(port, () => host.StartAsync(cancellationToken), host.StopAsync).ConfigureAwait(false);
            meter.Port = host.Port;
            FleetLog.WrapperMeterListening(_logger, meter.SerialNumber, meter.Host, meter.Port, Describe(meter.Plan));
        }
    }

    private async Task StartLinesAsync(CancellationToken cancellationToken)
    {
        var perLine = _options.MetersPerLine;
        for (var line = 0; line * perLine < _meters.Count; line++)
        {
            var port = _options.BasePort == 0 ? 0 : _options.BasePort + line;
            var host = new HdlcLineHost(new HdlcLineHostOptions { Port = port, BaudRate = _options.BaudRate, TurnaroundDelay = _options.Turnaround }, _logger);
            var members = _meters.Skip(line * perLine).Take(perLine).ToList();
            for (var position = 0; position < members.Count; position++)
            {
                host.AddEndpoint(_options.FirstHdlcAddress + position, members[position].Device.Device);
            }

            await StartAsync(port, () => host.StartAsync(cancellationToken), host.StopAsync).ConfigureAwait(false);
            for (var position = 0; position < members.Count; position++)
            {
                var meter = members[position];
                meter.Port = host.Port;
                meter.HdlcAddress = _options.FirstHdlcAddress + position;
                meter.Line = line;
                FleetLog.LineMeterListening(_logger, meter.SerialNumber, meter.Host, meter.Port, meter.HdlcAddress.Value, line, Describe(meter.Plan));
            }
        }
    }

    private async Task StartAsync(int port, Func<Task> start, Func<CancellationToken, Task> stop)
    {
        try
        {
            await start().ConfigureAwait(false);
        }
        catch (SocketException exception)
        {
            FleetLog.ListenFailed(_logger, "127.0.0.1", port, exception.Message);
            throw new IOException($"Could not listen on 127.0.0.1:{port}: {exception.Message}", exception);
        }

        _stops.Add(stop);
    }

    private async Task StopHostsAsync(CancellationToken cancellationToken)
    {
        var stops = _stops.ToList();
        _stops.Clear();
        await Task.WhenAll(stops.Select(stop => stop(cancellationToken))).ConfigureAwait(false);
        foreach (var meter in _meters)
        {
            meter.Port = 0;
        }
    }

    private static string Describe(FleetMeterPlan plan) => plan.Note.Length == 0 ? $"control mode {plan.ControlMode}" : $"control mode {plan.ControlMode}, {plan.Note}";
}
