using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Simulator.Behaviour;

// The state as the DLMS layer reads it.
public sealed partial class SimulatedMeter
{
    private const int JoulesPerWattHour = 3600;

    /// <summary>Integrates up to the time provider's current time and returns the state at that moment.</summary>
    public MeterSnapshot Snapshot()
    {
        lock (_sync)
        {
            AdvanceToCore(_timeProvider.GetUtcNow());
            return BuildSnapshot();
        }
    }

    /// <summary>The exact joules, money and remainder of one tariff, for tests that check the arithmetic.</summary>
    internal (long Joules, long PrepaidJoules, long Collected, Int128 Remainder) TariffLedger(int tariff)
    {
        lock (_sync)
        {
            var account = _tariffAccounts[tariff - 1];
            return (account.EnergyJoules, account.PrepaidEnergyJoules, account.MoneyCollected, account.ChargeRemainder);
        }
    }

    private MeterSnapshot BuildSnapshot()
    {
        var meterTime = _clock.ToLocal(MeterTimeUtc);
        var totalJoules = _tariffAccounts.Sum(account => account.EnergyJoules);
        var exhausted = _balance <= _creditLimit;

        return new MeterSnapshot
        {
            SimulatedAt = _now,
            SerialNumber = SerialNumber,
            ModelName = _options.ModelName,
            LogicalDeviceName = LogicalDeviceName(),
            MeterTime = meterTime,
            StandardUtcOffset = _clock.Zone.BaseUtcOffset,
            IsDaylightSavingTime = _clock.Zone.IsDaylightSavingTime(meterTime),
            ZoneHasDaylightSaving = _clock.Zone.SupportsDaylightSavingTime,
            PaymentMode = _paymentMode,
            AccountStatus = _accountStatus,
            CreditStatus = CurrentCreditStatus(),
            Balance = _balance,
            Currency = _options.Currency,
            WarningThreshold = _warningThreshold,
            CreditLimit = _creditLimit,
            CreditStatusCode = (byte)(exhausted ? 4 : 3),
            TotalAmountPaid = _tariffAccounts.Sum(account => account.MoneyCollected),
            UnitChargeActive = _unitChargeActive,
            UnitChargePassive = _unitChargePassive,
            UnitChargeActivationTime = Local(_unitChargeActivationTime),
            LastCollectionTime = Local(_lastCollectionTime),
            LastCollectionAmount = _lastCollectionAmount,
            LastToken = _lastToken,
            LastTokenTime = Local(_lastTokenTime),
            TokenStatus = _tokenStatus,
            LastTokenSequence = _lastTokenSequence,
            AcceptsTokens = _acceptsTokens,
            HasTopUpKey = _topUpKey is not null,
            MaxCreditLimit = _maxCreditLimit,
            MaxVendLimit = _maxVendLimit,
            MinimumBalance = _minimumBalance,
            OutputState = _relay.OutputState,
            ControlState = _relay.State,
            ControlMode = _relay.Mode,
            PowerLimitWatts = _limiter.ThresholdWatts,
            MinOverThresholdSeconds = _limiter.MinOverThresholdSeconds,
            MinUnderThresholdSeconds = _limiter.MinUnderThresholdSeconds,
            PowerLimitTripped = _limiter.IsTripped,
            EnergyTotalWh = totalJoules / JoulesPerWattHour,
            EnergyPerTariffWh = [.. _tariffAccounts.Select(account => account.EnergyJoules / JoulesPerWattHour)],
            ActivePowerWatts = _activePowerWatts,
            ActiveTariff = _activeTariff,
            InternalTemperatureTenths = _temperature.InternalTenths,
            AmbientTemperatureTenths = (short)_temperature.AmbientTenthsAt(SecondOfDay(meterTime)),
            AmbientMeanTenths = _temperature.AmbientMeanTenths,
            LastTopUpAmount = _lastTopUpAmount,
            LastTopUpTime = Local(_lastTopUpTime),
            NeverSwitchOff = _neverSwitchOff,
            NoSwitchOffOnSaturday = _noSwitchOffOnSaturday,
            NoSwitchOffOnSunday = _noSwitchOffOnSunday,
            Display = _display,
            MoneyCollectedPerTariff = [.. _tariffAccounts.Select(account => account.MoneyCollected)],
            PrepaidEnergyPerTariffWh = [.. _tariffAccounts.Select(account => account.PrepaidEnergyJoules / JoulesPerWattHour)],
            PendingChargePerTariff = [.. _tariffAccounts.Select(account => PendingCharge(account.ChargeRemainder))],
        };
    }

    /// <summary>The logical device name: "OPP" and the serial, cut to the 16 bytes the name may have.</summary>
    private string LogicalDeviceName()
    {
        var name = "OPP" + SerialNumber;
        return name.Length <= 16 ? name : name[..16];
    }

    private CreditStatus CurrentCreditStatus()
    {
        var status = _balance > _creditLimit ? CreditStatus.InCredit : CreditStatus.OutOfCredit;
        if (_balance <= _warningThreshold)
        {
            status |= CreditStatus.LowCredit;
        }

        return status;
    }

    private DateTimeOffset? Local(DateTimeOffset? meterTimeUtc)
    {
        return meterTimeUtc is { } utc ? _clock.ToLocal(utc) : null;
    }

    private static decimal PendingCharge(Int128 remainder)
    {
        // Both fit decimal: the remainder is below the denominator, 3.6 × 10^15.
        return (decimal)remainder / (decimal)ChargeArithmetic.Denominator;
    }
}
