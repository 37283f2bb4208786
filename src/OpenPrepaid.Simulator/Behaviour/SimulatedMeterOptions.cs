using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Meters.Tokens;

namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>
/// How one simulated meter starts: identity, seed, clock, money, prices, rules and the load it measures. Money
/// values are minor units of <see cref="Currency"/>; the defaults are those of the reference prepaid meter.
/// </summary>
public sealed record SimulatedMeterOptions
{
    public required string SerialNumber { get; init; }

    public string ModelName { get; init; } = "OpenPrepaid SIM-1";

    /// <summary>Seed of the load noise: two meters with the same options and times behave identically.</summary>
    public ulong Seed { get; init; }

    /// <summary>Time zone of the meter's clock; tariffs, the daily curves and the weekend rules follow its local time.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Length of one integration step in seconds (1-3600).</summary>
    public int StepSeconds { get; init; } = 1;

    public CurrencyDefinition Currency { get; init; } = CurrencyDefinition.Hryvnia;

    public long InitialBalance { get; init; }

    /// <summary>Prices in force at the start: 4.320 per kWh in tariff 1 and 2.160 in tariff 2 (price scale -3).</summary>
    public UnitCharge UnitCharge { get; init; } = UnitCharge.FromChargesPerUnit(-3, 4320, 2160);

    public TariffSchedule TariffSchedule { get; init; } = TariffSchedule.DayNight;

    public LoadProfile Load { get; init; } = LoadProfile.Household;

    public TemperatureProfile Temperature { get; init; } = TemperatureProfile.Indoor;

    public PaymentMode PaymentMode { get; init; } = PaymentMode.Prepayment;

    /// <summary>Low-credit warning level (Credit warning_threshold): 50.00.</summary>
    public long WarningThreshold { get; init; } = 5_000;

    /// <summary>Switch-off threshold (Credit limit): the relay opens when the balance falls to it.</summary>
    public long CreditLimit { get; init; }

    /// <summary>Maximum credit limit: the highest balance a top-up may reach, 15,000,000.00.</summary>
    public long MaxCreditLimit { get; init; } = 1_500_000_000;

    /// <summary>Maximum vend limit: the largest single top-up or write-off, 5,000,000.00.</summary>
    public long MaxVendLimit { get; init; } = 500_000_000;

    /// <summary>Minimum balance: the lowest balance a write-off may leave, -100,000.00.</summary>
    public long MinimumBalance { get; init; } = -10_000_000;

    /// <summary>Disconnect control mode 0-6. Mode 6: the meter reconnects by itself once credit or load allow.</summary>
    public byte ControlMode { get; init; } = 6;

    public bool NeverSwitchOff { get; init; }

    public bool NoSwitchOffOnSaturday { get; init; }

    public bool NoSwitchOffOnSunday { get; init; }

    /// <summary>Power limit (Limiter threshold_active) in W; 0: no limit.</summary>
    public uint PowerLimitWatts { get; init; }

    public uint MinOverThresholdSeconds { get; init; } = 60;

    public uint MinUnderThresholdSeconds { get; init; } = 60;

    public DisplayParameters Display { get; init; } = DisplayParameters.Default;

    /// <summary>Whether the meter takes top-up tokens; without them only Credit update_amount changes the balance.</summary>
    public bool AcceptsTokens { get; init; } = true;

    /// <summary>The 32-byte HMAC-SHA256 key of top-up tokens; null: no key yet, tokens are rejected until one is written.</summary>
    public ReadOnlyMemory<byte>? TopUpKey { get; init; }

    /// <summary>Returns null when the options are valid, else the first problem found.</summary>
    public string? Validate()
    {
        if (!TokenCodec.IsValidSerial(SerialNumber))
        {
            return $"serial number '{SerialNumber}' needs 1-{TokenCodec.MaxSerialLength} printable ASCII characters";
        }

        if (StepSeconds is < 1 or > 3600)
        {
            return $"step is {StepSeconds} s; expected 1-3600 s";
        }

        if (TopUpKey is { Length: not TokenCodec.KeyLength } key)
        {
            return $"top-up key has {key.Length} bytes; expected {TokenCodec.KeyLength}";
        }

        if (!DisconnectControlModes.IsValid(ControlMode))
        {
            return $"control mode is {ControlMode}; expected 0-{DisconnectControlModes.Highest}";
        }

        return Load.Validate() ?? Temperature.Validate() ?? Display.Validate();
    }
}
