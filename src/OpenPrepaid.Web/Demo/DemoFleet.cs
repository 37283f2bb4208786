using System.Globalization;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Simulator.Fleet;
using OpenPrepaid.Simulator.Timing;

namespace OpenPrepaid.Web.Demo;

/// <summary>
/// The demo fleet of the console: the 25 meters of <see cref="SimulatedFleetOptions.Demo"/> served in-process on
/// 127.0.0.1 at ports the system chooses, with clocks running <see cref="DemoOptions.Speed"/> times faster than
/// real time, registered in the meter register under their current ports and secrets. It also saves the demo
/// profiles when there is none.
/// </summary>
internal sealed class DemoFleet : IDemoFleet
{
    /// <summary>
    /// How often the meters are brought up to the simulated time between reads, so that a read after a long idle
    /// spell does not have to integrate hours of steps while the driver waits for its response.
    /// </summary>
    private static readonly TimeSpan CatchUpInterval = TimeSpan.FromSeconds(10);

    private readonly DemoOptions _options;
    private readonly MeterRegister _register;
    private readonly ProfileService _profiles;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger<DemoFleet> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private Task _catchUp = Task.CompletedTask;
    private bool _disposed;

    public DemoFleet(DemoOptions options, MeterRegister register, ProfileService profiles, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);

        _options = options;
        _register = register;
        _profiles = profiles;
        _loggers = loggers;
        _logger = loggers.CreateLogger<DemoFleet>();
    }

    /// <summary>The running fleet, or null before <see cref="StartAsync"/>. Tests compare readings with its meters.</summary>
    public SimulatedFleet? Fleet { get; private set; }

    /// <summary>The clock of the simulated meters: <see cref="DemoOptions.Clock"/>, accelerated by the speed.</summary>
    public TimeProvider? MeterClock { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Fleet is not null)
        {
            throw new InvalidOperationException("The demo fleet is already started.");
        }

        var clock = _options.Speed > 1 ? new AcceleratedTimeProvider(_options.Clock, _options.Speed) : _options.Clock;
        var fleet = new SimulatedFleet(SimulatedFleetOptions.Demo(_options.Seed) with
        {
            TimeProvider = clock,
            StepSeconds = _options.StepSeconds,
            LoggerFactory = _loggers,
        });

        try
        {
            await fleet.StartAsync(cancellationToken);
            var changes = await DemoRegister.SyncAsync(_register, fleet.Meters, cancellationToken);
            LogStarted(fleet, changes);

            var seeded = await DemoProfiles.SeedAsync(_profiles, cancellationToken);
            if (seeded > 0)
            {
                DemoLog.ProfilesSeeded(_logger, seeded);
            }
        }
        catch
        {
            await fleet.DisposeAsync();
            throw;
        }

        Fleet = fleet;
        MeterClock = clock;
        _catchUp = CatchUpAsync(fleet, _stopping.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stopping.CancelAsync();
        await _catchUp;
        _stopping.Dispose();

        if (Fleet is { } fleet)
        {
            await fleet.DisposeAsync();
            DemoLog.Stopped(_logger, fleet.Meters.Count);
        }
    }

    private void LogStarted(SimulatedFleet fleet, DemoRegisterChanges changes)
    {
        foreach (var meter in fleet.Meters)
        {
            if (changes.Skipped.Contains(meter.SerialNumber))
            {
                DemoLog.SerialTaken(_logger, meter.SerialNumber);
                continue;
            }

            DemoLog.MeterListening(_logger, meter.SerialNumber, meter.Host, meter.Port, DemoRegister.MemoOf(meter.Plan));
        }

        // One line for the whole fleet, so that the one-time password printed just before stays on the screen.
        var ports = string.Join(", ", fleet.Meters.Select(meter => string.Create(CultureInfo.InvariantCulture, $"{meter.SerialNumber}:{meter.Port}")));
        DemoLog.Started(_logger, fleet.Meters.Count, ports, _options.Speed, changes.Added, changes.Updated);
    }

    private async Task CatchUpAsync(SimulatedFleet fleet, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(CatchUpInterval, _options.Clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                foreach (var meter in fleet.Meters)
                {
                    meter.Meter.CatchUp();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The fleet is stopping.
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            DemoLog.CatchUpFailed(_logger, exception);
        }
    }
}
