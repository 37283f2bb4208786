using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Web.Tests.Support;

/// <summary>
/// The state of one meter in <see cref="FakeMeterFleet"/>: a real balance that tokens change, the last token
/// sequence it accepted, its settings and an optional failure every exchange ends with.
/// </summary>
public sealed class FakeMeter(string serial, decimal balance)
{
    public string Serial { get; } = serial;

    public Lock Gate { get; } = new();

    public decimal Balance { get; set; } = balance;

    public long LastTokenSequence { get; set; }

    public TokenStatusCode? LastTokenStatus { get; set; }

    public decimal? LastTopUpAmount { get; set; }

    public DateTimeOffset? LastTopUpTime { get; set; }

    /// <summary>How many tokens changed the balance; a replayed charge must leave it unchanged.</summary>
    public int TokensApplied { get; set; }

    public MeterSettings Settings { get; set; } = new()
    {
        Prices = new TariffValues(4.32m, 2.16m, 0m, 0m),
        DisplayItems = DisplayItems.Balance | DisplayItems.EnergyTotal,
        DisplaySecondsPerItem = 5,
        DisplayEnergyDecimals = 1,
        PowerLimitKw = 0m,
        SwitchOffThreshold = 0m,
        NeverSwitchOff = false,
        NoSwitchOffOnSaturday = false,
        NoSwitchOffOnSunday = false,
    };

    /// <summary>When set, every exchange with this meter fails with this kind and message.</summary>
    public (MeterFailureKind Kind, string Message)? Failure { get; set; }

    /// <summary>When true, a written tariff 4 price is acknowledged but not kept, so the read-back differs.</summary>
    public bool IgnoresTariff4Price { get; set; }

    /// <summary>Time a read of this meter takes, instead of the fleet's; staggered delays let a browser see rows fill in one by one.</summary>
    public TimeSpan? ReadDelay { get; set; }

    public decimal EnergyTotalKwh { get; set; } = 1234.567m;
}
