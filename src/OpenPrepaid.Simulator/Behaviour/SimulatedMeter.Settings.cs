using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Meters.Tokens;

namespace OpenPrepaid.Simulator.Behaviour;

// Settings a management client writes: prices, thresholds, limits, relay rules, display, key and clock.
// Every write checks its value first and changes nothing when it rejects it.
public sealed partial class SimulatedMeter
{
    private PaymentMode _paymentMode;
    private AccountStatus _accountStatus;
    private long _warningThreshold;
    private long _creditLimit;
    private UnitCharge _unitChargeActive = null!;
    private UnitCharge _unitChargePassive = null!;
    private DateTimeOffset? _unitChargeActivationTime;
    private long _maxCreditLimit;
    private long _maxVendLimit;
    private long _minimumBalance;
    private bool _neverSwitchOff;
    private bool _noSwitchOffOnSaturday;
    private bool _noSwitchOffOnSunday;
    private DisplayParameters _display = null!;
    private byte[]? _topUpKey;

    /// <summary>Writes unit_charge_active: the new prices apply from the next step on.</summary>
    public WriteResult SetUnitChargeActive(UnitCharge unitCharge)
    {
        ArgumentNullException.ThrowIfNull(unitCharge);

        return Write("unit_charge_active", CheckUnitCharge(unitCharge, _options.Currency.Scale), () => _unitChargeActive = unitCharge);
    }

    public WriteResult SetUnitChargePassive(UnitCharge unitCharge)
    {
        ArgumentNullException.ThrowIfNull(unitCharge);

        return Write("unit_charge_passive", CheckUnitCharge(unitCharge, _options.Currency.Scale), () => _unitChargePassive = unitCharge);
    }

    /// <summary>Charge method update_unit_charge: replaces (or adds) the given rows of unit_charge_passive by index.</summary>
    public WriteResult UpdateUnitCharge(IReadOnlyList<ChargeTableElement> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);

        lock (_sync)
        {
            var merged = _unitChargePassive.ChargeTable
                .Where(existing => rows.All(row => row.Index != existing.Index))
                .Concat(rows)
                .OrderBy(row => row.Index, StringComparer.Ordinal)
                .ToArray();
            var updated = _unitChargePassive with { ChargeTable = merged };
            return WriteLocked("update_unit_charge", CheckUnitCharge(updated, _options.Currency.Scale), () => _unitChargePassive = updated);
        }
    }

    /// <summary>Charge method activate_passive_unit_charge: the passive prices become active now.</summary>
    public WriteResult ActivatePassiveUnitCharge()
    {
        return Write("activate_passive_unit_charge", null, () =>
        {
            _unitChargeActive = _unitChargePassive;
            _unitChargeActivationTime = null;
        });
    }

    /// <summary>unit_charge_activation_time in meter time; null (all 0xFF on the wire) plans no activation.</summary>
    public WriteResult SetUnitChargeActivationTime(DateTimeOffset? meterTime)
    {
        return Write("unit_charge_activation_time", null, () => _unitChargeActivationTime = meterTime);
    }

    /// <summary>
    /// Writes prices per kWh of tariffs 1..n at one price scale into unit_charge_active. A price that is not
    /// exact at the scale, or whose charge_per_unit does not fit a signed 16-bit integer, rejects the whole write.
    /// </summary>
    public WriteResult SetPrices(sbyte priceScale, IReadOnlyList<decimal> pricesPerKilowattHour)
    {
        ArgumentNullException.ThrowIfNull(pricesPerKilowattHour);
        if (pricesPerKilowattHour.Count is 0 or > Tariffs.MaxCount)
        {
            return WriteResult.Rejected($"expected prices of 1-{Tariffs.MaxCount} tariffs, got {pricesPerKilowattHour.Count}");
        }

        var charges = new short[pricesPerKilowattHour.Count];
        for (var i = 0; i < charges.Length; i++)
        {
            if (!PriceScaling.TryToChargePerUnit(pricesPerKilowattHour[i], priceScale, out charges[i], out var error))
            {
                return WriteResult.Rejected($"tariff {i + 1}: {error}");
            }
        }

        return SetUnitChargeActive(UnitCharge.FromChargesPerUnit(priceScale, charges));
    }

    public WriteResult SetWarningThreshold(long amount)
    {
        return Write("warning_threshold", CheckDoubleLong(amount), () => _warningThreshold = amount);
    }

    /// <summary>Credit limit: the switch-off threshold, may be negative.</summary>
    public WriteResult SetCreditLimit(long amount)
    {
        return Write("credit limit", CheckDoubleLong(amount), () => _creditLimit = amount);
    }

    public WriteResult SetMaxCreditLimit(long amount)
    {
        lock (_sync)
        {
            var problem = CheckDoubleLong(amount)
                ?? (amount < 0 ? "the maximum credit limit must not be negative" : null)
                ?? (amount < _minimumBalance ? $"the maximum credit limit must not be below the minimum balance {_minimumBalance}" : null);
            return WriteLocked("max credit limit", problem, () => _maxCreditLimit = amount);
        }
    }

    public WriteResult SetMaxVendLimit(long amount)
    {
        var problem = CheckDoubleLong(amount) ?? (amount <= 0 ? "the maximum vend limit must be positive" : null);
        return Write("max vend limit", problem, () => _maxVendLimit = amount);
    }

    /// <summary>Minimum balance: the lowest balance a write-off may leave.</summary>
    public WriteResult SetMinimumBalance(long amount)
    {
        lock (_sync)
        {
            var problem = CheckDoubleLong(amount)
                ?? (amount > _maxCreditLimit ? $"the minimum balance must not be above the maximum credit limit {_maxCreditLimit}" : null);
            return WriteLocked("minimum balance", problem, () => _minimumBalance = amount);
        }
    }

    public WriteResult SetAccountModeAndStatus(PaymentMode paymentMode, AccountStatus accountStatus)
    {
        var problem = !Enum.IsDefined(paymentMode) ? $"payment mode {(byte)paymentMode} is not 1 (credit) or 2 (prepayment)"
            : !Enum.IsDefined(accountStatus) ? $"account status {(byte)accountStatus} is not 1-3"
            : null;
        return Write("account_mode_and_status", problem, () =>
        {
            _paymentMode = paymentMode;
            _accountStatus = accountStatus;
        });
    }

    public WriteResult SetControlMode(byte mode)
    {
        var problem = DisconnectControlModes.IsValid(mode) ? null : $"control mode {mode} is not 0-{DisconnectControlModes.Highest}";
        return Write("control_mode", problem, () => _relay.SetMode(mode));
    }

    public WriteResult SetNeverSwitchOff(bool value) => Write("never switch off", null, () => _neverSwitchOff = value);

    public WriteResult SetNoSwitchOffOnSaturday(bool value) => Write("no switch-off on Saturday", null, () => _noSwitchOffOnSaturday = value);

    public WriteResult SetNoSwitchOffOnSunday(bool value) => Write("no switch-off on Sunday", null, () => _noSwitchOffOnSunday = value);

    /// <summary>Power limit (Limiter threshold_active and threshold_normal) in W; 0 removes the limit.</summary>
    public WriteResult SetPowerLimit(uint watts) => Write("threshold_active", null, () => _limiter.SetThreshold(watts));

    public WriteResult SetMinOverThresholdDuration(uint seconds)
    {
        return Write("min_over_threshold_duration", null, () => _limiter.MinOverThresholdSeconds = seconds);
    }

    public WriteResult SetMinUnderThresholdDuration(uint seconds)
    {
        return Write("min_under_threshold_duration", null, () => _limiter.MinUnderThresholdSeconds = seconds);
    }

    public WriteResult SetDisplayParameters(DisplayParameters display)
    {
        ArgumentNullException.ThrowIfNull(display);

        return Write("display parameters", display.Validate(), () => _display = display);
    }

    /// <summary>Writes the 32-byte top-up key. The key is never logged and never read back.</summary>
    public WriteResult SetTopUpKey(ReadOnlySpan<byte> key)
    {
        var problem = key.Length == TokenCodec.KeyLength ? null : $"a top-up key has {TokenCodec.KeyLength} bytes, not {key.Length}";
        var copy = key.ToArray();
        return Write("top-up key", problem, () => _topUpKey = copy);
    }

    /// <summary>Sets the meter's clock; the meter keeps the difference to the simulation's time from now on.</summary>
    public WriteResult SetClock(DateTimeOffset meterTime)
    {
        return Write("clock time", null, () => _clockOffset = meterTime.ToUniversalTime() - _now);
    }

    /// <summary>Daily mean of the ambient temperature in tenths of °C (-50.0 °C to +80.0 °C).</summary>
    public WriteResult SetAmbientTemperatureMean(short tenths)
    {
        var problem = tenths is >= -500 and <= 800 ? null : $"ambient temperature {tenths / 10m} °C is outside -50.0..80.0 °C";
        return Write("ambient temperature", problem, () => _temperature.AmbientMeanTenths = tenths);
    }

    private void InitializeSettings(SimulatedMeterOptions options)
    {
        _balance = options.InitialBalance;
        _paymentMode = options.PaymentMode;
        _accountStatus = AccountStatus.Active;
        _warningThreshold = options.WarningThreshold;
        _creditLimit = options.CreditLimit;
        _unitChargeActive = options.UnitCharge;
        _unitChargePassive = options.UnitCharge;
        _maxCreditLimit = options.MaxCreditLimit;
        _maxVendLimit = options.MaxVendLimit;
        _minimumBalance = options.MinimumBalance;
        _neverSwitchOff = options.NeverSwitchOff;
        _noSwitchOffOnSaturday = options.NoSwitchOffOnSaturday;
        _noSwitchOffOnSunday = options.NoSwitchOffOnSunday;
        _display = options.Display;
        _acceptsTokens = options.AcceptsTokens;
        _topUpKey = options.TopUpKey?.ToArray();
        _limiter.SetThreshold(options.PowerLimitWatts);
        _limiter.MinOverThresholdSeconds = options.MinOverThresholdSeconds;
        _limiter.MinUnderThresholdSeconds = options.MinUnderThresholdSeconds;
    }

    private WriteResult Write(string setting, string? problem, Action apply)
    {
        lock (_sync)
        {
            return WriteLocked(setting, problem, apply);
        }
    }

    private WriteResult WriteLocked(string setting, string? problem, Action apply)
    {
        AdvanceToCore(_timeProvider.GetUtcNow());
        if (problem is not null)
        {
            Log.SettingRejected(_logger, SerialNumber, setting, problem);
            return WriteResult.Rejected(problem);
        }

        apply();
        Log.SettingWritten(_logger, SerialNumber, setting);

        // A new threshold, rule or mode may open or close the relay at once.
        EvaluateRelay();
        return WriteResult.Applied;
    }

    private void ActivatePassiveUnitChargeIfDue()
    {
        if (_unitChargeActivationTime is { } activation && MeterTimeUtc >= activation)
        {
            _unitChargeActive = _unitChargePassive;
            _unitChargeActivationTime = null;
            Log.SettingWritten(_logger, SerialNumber, "unit_charge_active (passive prices activated at unit_charge_activation_time)");
        }
    }

    private static string? CheckDoubleLong(long amount)
    {
        return amount is < int.MinValue or > int.MaxValue ? $"{amount} does not fit a double-long (signed 32-bit)" : null;
    }

    /// <summary>Returns null when the meter can charge by this unit charge, else the reason it cannot.</summary>
    private static string? CheckUnitCharge(UnitCharge unitCharge, sbyte currencyScale)
    {
        if (unitCharge.Commodity != CosemAttributeReference.ActiveEnergyImportTotal)
        {
            return $"commodity {unitCharge.Commodity.LogicalName} attribute {unitCharge.Commodity.AttributeIndex} is not "
                + "active energy import (class 3, 1.0.1.8.0.255, attribute 2), the only commodity this meter charges";
        }

        if (!ChargeArithmetic.IsSupported(unitCharge.Scaling, currencyScale))
        {
            return $"price scale {unitCharge.Scaling.PriceScale} with commodity scale {unitCharge.Scaling.CommodityScale} "
                + $"is too far from currency scale {currencyScale} (at most {ChargeArithmetic.MaxExponent} decades apart)";
        }

        if (unitCharge.ChargeTable.Count > Tariffs.MaxCount)
        {
            return $"the charge table has {unitCharge.ChargeTable.Count} rows; at most {Tariffs.MaxCount}";
        }

        foreach (var row in unitCharge.ChargeTable)
        {
            if (ChargeTableElement.TariffOfIndex(row.Index) is null)
            {
                return $"charge table index '{row.Index}' is not one of T1-T4";
            }

            if (row.ChargePerUnit < 0)
            {
                return $"charge_per_unit {row.ChargePerUnit} of {row.Index} is negative";
            }
        }

        return unitCharge.ChargeTable.DistinctBy(row => row.Index).Count() == unitCharge.ChargeTable.Count
            ? null
            : "the charge table lists an index twice";
    }
}
