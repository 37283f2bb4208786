namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>Integer curves over the day, interpolated linearly between whole hours so that no floating point enters the simulation.</summary>
internal static class DailyCurves
{
    /// <summary>
    /// cos(2π(h − 15)/24) in thousandths for h = 0..23: +1000 at 15:00, −1000 at 03:00. Outdoor air is
    /// warmest in mid-afternoon and coldest before dawn.
    /// </summary>
    public static IReadOnlyList<int> TemperatureSwingPermille { get; } =
    [
        -707, -866, -966, -1000, -966, -866, -707, -500, -259, 0, 259, 500,
        707, 866, 966, 1000, 966, 866, 707, 500, 259, 0, -259, -500,
    ];

    /// <summary>Value of an hourly curve at a second of the day, interpolated between the hours (and from 23:00 to 00:00).</summary>
    public static int At(IReadOnlyList<int> hourly, int secondOfDay)
    {
        var hour = secondOfDay / 3600;
        var intoHour = secondOfDay % 3600;
        var from = hourly[hour];
        var to = hourly[(hour + 1) % 24];

        return from + ((to - from) * intoHour / 3600);
    }
}
