using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>
/// Which tariff applies at each local time of day, the same every day. The tariff of the last switch of the
/// day runs on past midnight until the first switch.
/// </summary>
public sealed record TariffSchedule
{
    private readonly TariffSwitch[] _switches;

    public TariffSchedule(IEnumerable<TariffSwitch> switches)
    {
        ArgumentNullException.ThrowIfNull(switches);

        _switches = [.. switches.OrderBy(tariffSwitch => tariffSwitch.Start)];
        if (_switches.Length == 0)
        {
            throw new ArgumentException("A tariff schedule needs at least one switch.", nameof(switches));
        }

        var invalid = _switches.FirstOrDefault(tariffSwitch => !Tariffs.IsValid(tariffSwitch.Tariff));
        if (invalid != default)
        {
            throw new ArgumentException($"Tariff {invalid.Tariff} at {invalid.Start} is not one of 1-{Tariffs.MaxCount}.", nameof(switches));
        }

        if (_switches.DistinctBy(tariffSwitch => tariffSwitch.Start).Count() != _switches.Length)
        {
            throw new ArgumentException("Two tariff switches start at the same time of day.", nameof(switches));
        }
    }

    /// <summary>Tariff 1 (day) from 07:00 to 23:00, tariff 2 (night) from 23:00 to 07:00.</summary>
    public static TariffSchedule DayNight { get; } = new([new TariffSwitch(new TimeOnly(7, 0), 1), new TariffSwitch(new TimeOnly(23, 0), 2)]);

    /// <summary>One tariff all day.</summary>
    public static TariffSchedule Single(int tariff = 1) => new([new TariffSwitch(TimeOnly.MinValue, tariff)]);

    public IReadOnlyList<TariffSwitch> Switches => _switches;

    public int TariffAt(TimeOnly localTime)
    {
        var tariff = _switches[^1].Tariff;
        foreach (var tariffSwitch in _switches)
        {
            if (tariffSwitch.Start > localTime)
            {
                break;
            }

            tariff = tariffSwitch.Tariff;
        }

        return tariff;
    }
}
