using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Core.Readings;

/// <summary>
/// The values a driver read from one meter in one exchange. Every field is nullable: null means the meter
/// does not have that object (it is optional in the meter's model and the meter reported it undefined),
/// and the view shows a dash. Money is in the meter's currency units; energy in kWh; power in kW.
/// </summary>
public sealed record MeterReading
{
    /// <summary>Model reported by the meter (Data 0.0.96.1.1.255).</summary>
    public string? Model { get; init; }

    /// <summary>Available credit (Account attribute 5, scaled by the currency scale).</summary>
    public decimal? Balance { get; init; }

    /// <summary>Currency name from the Account's currency attribute, for example "UAH".</summary>
    public string? Currency { get; init; }

    public decimal? LastTopUpAmount { get; init; }

    public DateTimeOffset? LastTopUpTime { get; init; }

    /// <summary>Disconnect control output_state: true when the supply is on.</summary>
    public bool? RelayConnected { get; init; }

    public RelayControlState? RelayControlState { get; init; }

    /// <summary>Disconnect control control_mode, 0 to 6 in the standard; it decides how a reconnect happens.</summary>
    public int? RelayControlMode { get; init; }

    public decimal? EnergyTotalKwh { get; init; }

    public TariffValues? EnergyKwh { get; init; }

    /// <summary>Energy consumed on prepayment, per tariff, in kWh.</summary>
    public TariffValues? PrepaidEnergyKwh { get; init; }

    /// <summary>Cost of the energy consumed on prepayment, per tariff, in money units.</summary>
    public TariffValues? PrepaidCost { get; init; }

    /// <summary>Money collected by the meter's Charge objects in total.</summary>
    public decimal? MoneyCollected { get; init; }

    public decimal? ActivePowerKw { get; init; }

    public decimal? TemperatureCelsius { get; init; }

    /// <summary>The meter's clock at the time of the read, with the meter's own UTC offset.</summary>
    public DateTimeOffset? Clock { get; init; }

    /// <summary>Prices, relay rules and display parameters currently in the meter.</summary>
    public MeterSettings? Settings { get; init; }

    /// <summary>Sequence number of the last token the meter received, or null when it reports none.</summary>
    public long? TokenSequence { get; init; }

    /// <summary>Status of the last token the meter received (Token gateway token_status).</summary>
    public TokenStatusCode? LastTokenStatus { get; init; }
}
