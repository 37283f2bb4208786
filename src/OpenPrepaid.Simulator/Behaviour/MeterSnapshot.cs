using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>
/// The state of a simulated meter at one moment, in the meter's own scaled integers, grouped by the COSEM
/// object that shows each value. Money is in minor units of <see cref="Currency"/>, energy in Wh, power in W,
/// temperatures in tenths of °C and times in the meter's local time.
/// </summary>
public sealed record MeterSnapshot
{
    /// <summary>The simulation's UTC time that the snapshot was taken at (the end of the last step).</summary>
    public required DateTimeOffset SimulatedAt { get; init; }

    // Data 0.0.96.1.0.255, 0.0.96.1.1.255, 0.0.42.0.0.255
    public required string SerialNumber { get; init; }

    public required string ModelName { get; init; }

    public required string LogicalDeviceName { get; init; }

    // Clock 0.0.1.0.0.255
    /// <summary>The meter's clock: local time with its current UTC offset.</summary>
    public required DateTimeOffset MeterTime { get; init; }

    /// <summary>UTC offset of the meter's zone without daylight saving, for Clock time_zone.</summary>
    public required TimeSpan StandardUtcOffset { get; init; }

    public required bool IsDaylightSavingTime { get; init; }

    public required bool ZoneHasDaylightSaving { get; init; }

    // Account 0.0.19.0.0.255
    public required PaymentMode PaymentMode { get; init; }

    public required AccountStatus AccountStatus { get; init; }

    public required CreditStatus CreditStatus { get; init; }

    /// <summary>available_credit, also Credit current_credit_amount.</summary>
    public required long Balance { get; init; }

    public required CurrencyDefinition Currency { get; init; }

    // Credit 0.0.19.10.0.255
    public required long WarningThreshold { get; init; }

    /// <summary>Credit limit: the switch-off threshold.</summary>
    public required long CreditLimit { get; init; }

    /// <summary>Credit credit_status: 3 in use, 4 exhausted.</summary>
    public required byte CreditStatusCode { get; init; }

    // Charge 0.0.19.20.0.255
    public required long TotalAmountPaid { get; init; }

    public required UnitCharge UnitChargeActive { get; init; }

    public required UnitCharge UnitChargePassive { get; init; }

    public required DateTimeOffset? UnitChargeActivationTime { get; init; }

    public required DateTimeOffset? LastCollectionTime { get; init; }

    public required long LastCollectionAmount { get; init; }

    // Token gateway 0.0.19.40.0.255
    public required ReadOnlyMemory<byte> LastToken { get; init; }

    public required DateTimeOffset? LastTokenTime { get; init; }

    public required TokenStatus TokenStatus { get; init; }

    /// <summary>Sequence number of the last accepted token (0.0.96.50.6.255); 0 before the first.</summary>
    public required uint LastTokenSequence { get; init; }

    public required bool AcceptsTokens { get; init; }

    public required bool HasTopUpKey { get; init; }

    // Registers 0.0.19.50.1.255, 0.0.19.50.2.255 and 0.0.96.50.5.255
    public required long MaxCreditLimit { get; init; }

    public required long MaxVendLimit { get; init; }

    public required long MinimumBalance { get; init; }

    // Disconnect control 0.0.96.3.10.255
    public required bool OutputState { get; init; }

    public required ControlState ControlState { get; init; }

    public required byte ControlMode { get; init; }

    // Limiter 0.0.17.0.0.255
    public required uint PowerLimitWatts { get; init; }

    public required uint MinOverThresholdSeconds { get; init; }

    public required uint MinUnderThresholdSeconds { get; init; }

    public required bool PowerLimitTripped { get; init; }

    // Registers 1.0.1.8.0-4.255 and 1.0.1.7.0.255
    public required long EnergyTotalWh { get; init; }

    /// <summary>Energy per tariff 1-4 (index 0 is tariff 1).</summary>
    public required IReadOnlyList<long> EnergyPerTariffWh { get; init; }

    /// <summary>Active power over the last step; 0 while the relay is open.</summary>
    public required int ActivePowerWatts { get; init; }

    public required int ActiveTariff { get; init; }

    // Register 0.0.96.9.0.255 and 0.0.96.50.8.255
    public required short InternalTemperatureTenths { get; init; }

    public required short AmbientTemperatureTenths { get; init; }

    public required short AmbientMeanTenths { get; init; }

    // Manufacturer-specific 0.0.96.50.0-4.255, 0.0.96.51.1-4.255 and 1.0.128.8.1-4.255
    /// <summary>Signed amount of the last applied top-up or write-off (0.0.96.50.0.255).</summary>
    public required long LastTopUpAmount { get; init; }

    public required DateTimeOffset? LastTopUpTime { get; init; }

    public required bool NeverSwitchOff { get; init; }

    public required bool NoSwitchOffOnSaturday { get; init; }

    public required bool NoSwitchOffOnSunday { get; init; }

    public required DisplayParameters Display { get; init; }

    /// <summary>Money collected per tariff 1-4; the four sum to <see cref="TotalAmountPaid"/>.</summary>
    public required IReadOnlyList<long> MoneyCollectedPerTariff { get; init; }

    /// <summary>Energy consumed on prepayment (and so charged) per tariff 1-4.</summary>
    public required IReadOnlyList<long> PrepaidEnergyPerTariffWh { get; init; }

    /// <summary>
    /// Cost accrued per tariff 1-4 but not yet collected, in minor units (each below 1). Exact for the usual
    /// scalings; a fraction with a repeating decimal is cut at 28 digits.
    /// </summary>
    public required IReadOnlyList<decimal> PendingChargePerTariff { get; init; }
}
