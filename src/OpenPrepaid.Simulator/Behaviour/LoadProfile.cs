namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>
/// How much power a simulated household draws: a base load, plus a daily curve of <see cref="PeakWatts"/>
/// (thousandths per local hour), plus noise drawn from the meter's seed and held for <see cref="NoisePeriodSeconds"/>.
/// All in whole watts.
/// </summary>
public sealed record LoadProfile
{
    public required int BaseWatts { get; init; }

    public required int PeakWatts { get; init; }

    /// <summary>The noise is uniform over −NoiseWatts..+NoiseWatts.</summary>
    public required int NoiseWatts { get; init; }

    /// <summary>How long one noise value holds: appliances run for minutes, not for one second.</summary>
    public int NoisePeriodSeconds { get; init; } = 300;

    /// <summary>Share of <see cref="PeakWatts"/> for each local hour 0-23, in thousandths (0-1000).</summary>
    public required IReadOnlyList<int> HourlyPermille { get; init; }

    /// <summary>A flat with a morning and an evening peak: about 12 kWh a day (2.9 kWh base, 9.5 kWh from the curve).</summary>
    public static LoadProfile Household { get; } = new()
    {
        BaseWatts = 120,
        PeakWatts = 1500,
        NoiseWatts = 150,
        HourlyPermille =
        [
            60, 40, 30, 30, 30, 50, 150, 350, 400, 250, 150, 150,
            200, 180, 150, 150, 200, 350, 600, 800, 800, 650, 400, 150,
        ],
    };

    /// <summary>The same power every second: for tests and for billing demonstrations.</summary>
    public static LoadProfile Constant(int watts) => new()
    {
        BaseWatts = watts,
        PeakWatts = 0,
        NoiseWatts = 0,
        HourlyPermille = new int[24],
    };

    /// <summary>Returns null when the profile is valid, else what is wrong.</summary>
    public string? Validate()
    {
        if (BaseWatts < 0 || PeakWatts < 0 || NoiseWatts < 0)
        {
            return "base, peak and noise watts must not be negative";
        }

        if (NoisePeriodSeconds < 1)
        {
            return $"noise period is {NoisePeriodSeconds} s; expected at least 1 s";
        }

        if (HourlyPermille is null || HourlyPermille.Count != 24 || HourlyPermille.Any(value => value is < 0 or > 1000))
        {
            return "the daily curve needs 24 hourly values of 0-1000 thousandths";
        }

        return null;
    }
}
