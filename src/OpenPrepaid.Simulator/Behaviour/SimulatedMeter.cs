using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>
/// One simulated prepaid meter of the reference model: consumption from a load model, energy registers per
/// tariff, billing against the balance, the relay and its rules, the power limit, top-up tokens and the
/// internal temperature. Time comes from a <see cref="TimeProvider"/>: every operation first integrates, in
/// fixed steps, up to the provider's current time. The same options, seed and times give the same state.
/// All members are safe to call from several threads (one lock per meter).
/// </summary>
public sealed partial class SimulatedMeter
{
    private readonly SimulatedMeterOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly TimeSpan _step;
    private readonly LocalClock _clock;
    private readonly LoadModel _load;
    private readonly TemperatureModel _temperature;
    private readonly DisconnectControl _relay;
    private readonly PowerLimiter _limiter = new();
    private readonly TokenLedger _tokenLedger = new();
    private readonly TariffAccount[] _tariffAccounts = [new(), new(), new(), new()];
    private readonly Lock _sync = new();

    private DateTimeOffset _now;
    private TimeSpan _clockOffset;
    private int? _loadOverrideWatts;
    private int _activePowerWatts;
    private int _activeTariff;

    public SimulatedMeter(SimulatedMeterOptions options, TimeProvider timeProvider, ILogger<SimulatedMeter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);

        var problem = options.Validate() ?? CheckUnitCharge(options.UnitCharge, options.Currency.Scale);
        if (problem is not null)
        {
            throw new ArgumentException($"Simulated meter options are invalid: {problem}.", nameof(options));
        }

        _options = options;
        _timeProvider = timeProvider;
        _logger = logger ?? NullLogger<SimulatedMeter>.Instance;
        _step = TimeSpan.FromSeconds(options.StepSeconds);
        _clock = new LocalClock(options.TimeZone);
        _load = new LoadModel(options.Load, options.Seed);
        _relay = new DisconnectControl(options.ControlMode);
        _now = timeProvider.GetUtcNow();

        var localStart = _clock.ToLocal(_now);
        _temperature = new TemperatureModel(options.Temperature, SecondOfDay(localStart));
        _activeTariff = options.TariffSchedule.TariffAt(TimeOnly.FromTimeSpan(localStart.TimeOfDay));

        InitializeSettings(options);
        EvaluateRelay();
    }

    public string SerialNumber => _options.SerialNumber;

    /// <summary>The simulation's UTC time: the end of the last integrated step.</summary>
    public DateTimeOffset SimulatedAt
    {
        get
        {
            lock (_sync)
            {
                return _now;
            }
        }
    }

    /// <summary>Integrates up to the time provider's current time.</summary>
    public void CatchUp()
    {
        lock (_sync)
        {
            AdvanceToCore(_timeProvider.GetUtcNow());
        }
    }

    /// <summary>
    /// Integrates in whole steps up to <paramref name="utc"/>; a remainder shorter than a step waits for the
    /// next call. Time never runs backwards: an earlier time does nothing.
    /// </summary>
    public void AdvanceTo(DateTimeOffset utc)
    {
        lock (_sync)
        {
            AdvanceToCore(utc);
        }
    }

    /// <summary>
    /// Makes the simulated household draw exactly <paramref name="watts"/> from now on, or follow the load
    /// profile again when null. A simulation control, not a meter attribute.
    /// </summary>
    public void SetLoadOverride(int? watts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(watts ?? 0, nameof(watts));

        lock (_sync)
        {
            AdvanceToCore(_timeProvider.GetUtcNow());
            _loadOverrideWatts = watts;
        }
    }

    private DateTimeOffset MeterTimeUtc => _now + _clockOffset;

    private bool ChargesConsumption => _paymentMode == PaymentMode.Prepayment && _accountStatus == AccountStatus.Active;

    private void AdvanceToCore(DateTimeOffset utc)
    {
        while (_now + _step <= utc)
        {
            Step();
        }
    }

    private void Step()
    {
        var stepSeconds = _options.StepSeconds;
        ActivatePassiveUnitChargeIfDue();

        var local = _clock.ToLocal(MeterTimeUtc);
        var secondOfDay = SecondOfDay(local);
        var tariff = _options.TariffSchedule.TariffAt(TimeOnly.FromTimeSpan(local.TimeOfDay));
        var demanded = _loadOverrideWatts ?? _load.PowerAt(_now.ToUnixTimeSeconds(), secondOfDay);
        var watts = _relay.OutputState ? demanded : 0;

        _now += _step;
        _activePowerWatts = watts;
        _activeTariff = tariff;
        BookConsumption(tariff, (long)watts * stepSeconds);
        _temperature.Step(secondOfDay, watts, stepSeconds);

        if (_limiter.Observe(watts, stepSeconds))
        {
            Log.PowerLimitExceeded(_logger, SerialNumber, watts, _limiter.ThresholdWatts, _limiter.MinOverThresholdSeconds);
        }

        EvaluateRelay();
    }

    private void BookConsumption(int tariff, long joules)
    {
        if (joules == 0)
        {
            return;
        }

        var account = _tariffAccounts[tariff - 1];
        account.AddEnergy(joules);
        if (!ChargesConsumption)
        {
            return;
        }

        var chargePerUnit = _unitChargeActive.ChargePerUnitOf(tariff) ?? 0;
        var cost = ChargeArithmetic.CostNumerator(joules, chargePerUnit, _unitChargeActive.Scaling, _options.Currency.Scale);
        var collected = account.Charge(joules, cost);
        if (collected == 0)
        {
            return;
        }

        _balance -= collected;
        _lastCollectionAmount = collected;
        _lastCollectionTime = MeterTimeUtc;
    }

    private static int SecondOfDay(DateTimeOffset local) => (int)(local.TimeOfDay.Ticks / TimeSpan.TicksPerSecond);
}
