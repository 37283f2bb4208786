namespace OpenPrepaid.Data.Rows;

/// <summary>
/// One stored read result, flat so that both databases keep it in one row. Null columns mean the meter
/// did not report the value; a tariff group or the settings whose columns are all null read back as null.
/// </summary>
internal sealed class SnapshotRow
{
    public long Id { get; set; }

    public string Serial { get; set; } = string.Empty;

    public DateTimeOffset ReadAt { get; set; }

    public int Status { get; set; }

    public int? FailureKind { get; set; }

    public string? Error { get; set; }

    public string? Model { get; set; }

    public decimal? Balance { get; set; }

    public string? Currency { get; set; }

    public decimal? LastTopUpAmount { get; set; }

    public DateTimeOffset? LastTopUpTime { get; set; }

    public bool? RelayConnected { get; set; }

    public int? RelayControlState { get; set; }

    public int? RelayControlMode { get; set; }

    public decimal? EnergyTotalKwh { get; set; }

    public decimal? EnergyT1Kwh { get; set; }

    public decimal? EnergyT2Kwh { get; set; }

    public decimal? EnergyT3Kwh { get; set; }

    public decimal? EnergyT4Kwh { get; set; }

    public decimal? PrepaidEnergyT1Kwh { get; set; }

    public decimal? PrepaidEnergyT2Kwh { get; set; }

    public decimal? PrepaidEnergyT3Kwh { get; set; }

    public decimal? PrepaidEnergyT4Kwh { get; set; }

    public decimal? PrepaidCostT1 { get; set; }

    public decimal? PrepaidCostT2 { get; set; }

    public decimal? PrepaidCostT3 { get; set; }

    public decimal? PrepaidCostT4 { get; set; }

    public decimal? MoneyCollected { get; set; }

    public decimal? ActivePowerKw { get; set; }

    public decimal? TemperatureCelsius { get; set; }

    /// <summary>The meter's clock in UTC; <see cref="ClockOffsetMinutes"/> keeps the meter's own offset.</summary>
    public DateTimeOffset? Clock { get; set; }

    public int? ClockOffsetMinutes { get; set; }

    public decimal? PriceT1 { get; set; }

    public decimal? PriceT2 { get; set; }

    public decimal? PriceT3 { get; set; }

    public decimal? PriceT4 { get; set; }

    public int? DisplayItems { get; set; }

    public int? DisplaySecondsPerItem { get; set; }

    public int? DisplayEnergyDecimals { get; set; }

    public decimal? PowerLimitKw { get; set; }

    public decimal? SwitchOffThreshold { get; set; }

    public bool? NeverSwitchOff { get; set; }

    public bool? NoSwitchOffOnSaturday { get; set; }

    public bool? NoSwitchOffOnSunday { get; set; }

    public long? TokenSequence { get; set; }

    public int? LastTokenStatus { get; set; }
}
