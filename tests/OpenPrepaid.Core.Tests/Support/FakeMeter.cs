using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Core.Tests.Support;

/// <summary>
/// A prepaid meter kept in memory that behaves like one where it matters to the domain: it keeps a real
/// balance, applies a token at most once, refuses a sequence number it has already passed, a foreign
/// serial, a wrong key or a balance outside its limits, and reports its last token like the token gateway.
/// </summary>
public sealed class FakeMeter
{
    private readonly Lock _lock = new();

    public FakeMeter(string serial, decimal balance, byte[] tokenKey)
    {
        Serial = serial;
        Balance = balance;
        TokenKey = tokenKey;
    }

    public string Serial { get; }

    public byte[] TokenKey { get; }

    public decimal Balance { get; private set; }

    public decimal MinBalance { get; init; } = -100_000m;

    public decimal MaxBalance { get; init; } = 15_000_000m;

    /// <summary>Highest sequence number applied; tokens at or below it are refused.</summary>
    public long HighestAppliedSequence { get; private set; }

    /// <summary>Sequence of the last token entered, accepted or not, as the token gateway reports it.</summary>
    public long? LastEnteredSequence { get; private set; }

    public TokenStatusCode? LastTokenStatus { get; private set; }

    public decimal? LastTopUpAmount { get; private set; }

    public int AppliedTokenCount { get; private set; }

    public bool ReportsTokenSequence { get; set; } = true;

    public bool ReportsBalance { get; set; } = true;

    public TopUpFault NextTopUpFault { get; set; }

    /// <summary>The meter never responds, so the driver gives up after its timeout and retries.</summary>
    public bool Silent { get; set; }

    /// <summary>The meter responds to a read only after this long.</summary>
    public TimeSpan ReadDelay { get; set; }

    /// <summary>The meter keeps a read waiting until the caller cancels, like a driver stuck on a bad line.</summary>
    public bool Hangs { get; set; }

    public MeterSettings Settings { get; set; } = new();

    public HashSet<SettingField> UnsupportedFields { get; } = [];

    public HashSet<SettingField> RefusedFields { get; } = [];

    /// <summary>Price fields the meter rounds to three decimals when written, so they read back different.</summary>
    public HashSet<SettingField> RoundedPriceFields { get; } = [];

    /// <summary>Enters a token as a meter's token gateway does and returns the resulting token status.</summary>
    public (TokenStatusCode Status, string? Detail) EnterToken(string serial, long sequence, decimal amount, ReadOnlySpan<byte> key)
    {
        lock (_lock)
        {
            LastEnteredSequence = sequence;
            var (status, detail) = Validate(serial, sequence, amount, key);
            if (status == TokenStatusCode.ExecutionOk)
            {
                Balance += amount;
                HighestAppliedSequence = sequence;
                LastTopUpAmount = amount;
                AppliedTokenCount++;
            }

            LastTokenStatus = status;
            return (status, detail);
        }
    }

    public MeterReading Read()
    {
        lock (_lock)
        {
            return new MeterReading
            {
                Model = "fake prepaid",
                Balance = ReportsBalance ? Balance : null,
                Currency = "UAH",
                LastTopUpAmount = LastTopUpAmount,
                RelayConnected = Balance > 0,
                RelayControlState = Balance > 0 ? RelayControlState.Connected : RelayControlState.Disconnected,
                RelayControlMode = 1,
                EnergyTotalKwh = 1234.567m,
                EnergyKwh = new TariffValues(1000.5m, 234.067m, null, null),
                TemperatureCelsius = 21.5m,
                Settings = Settings,
                TokenSequence = ReportsTokenSequence ? LastEnteredSequence ?? 0 : null,
                LastTokenStatus = ReportsTokenSequence ? LastTokenStatus : null,
            };
        }
    }

    private (TokenStatusCode, string?) Validate(string serial, long sequence, decimal amount, ReadOnlySpan<byte> key)
    {
        if (!key.SequenceEqual(TokenKey))
        {
            return (TokenStatusCode.AuthenticationFailure, "token MAC does not verify");
        }

        if (serial != Serial)
        {
            return (TokenStatusCode.ValidationFailure, "token is for another meter");
        }

        if (sequence <= HighestAppliedSequence)
        {
            return (TokenStatusCode.ValidationFailure, $"sequence {sequence} already passed ({HighestAppliedSequence})");
        }

        var resulting = Balance + amount;
        if (resulting < MinBalance || resulting > MaxBalance)
        {
            return (TokenStatusCode.ValidationFailure, "resulting balance outside the meter's limits");
        }

        return (TokenStatusCode.ExecutionOk, null);
    }
}
