namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>
/// The air around a simulated meter and how the meter warms: ambient = mean + swing × cos over the day
/// (warmest at 15:00 local); the meter's internal temperature approaches ambient plus
/// <see cref="HeatingTenthsPerKilowatt"/> per kW of load, with a first-order lag of <see cref="TimeConstantSeconds"/>.
/// Temperatures in tenths of °C.
/// </summary>
public sealed record TemperatureProfile
{
    public short AmbientMeanTenths { get; init; } = 180;

    public short AmbientSwingTenths { get; init; } = 40;

    public int HeatingTenthsPerKilowatt { get; init; } = 30;

    public int TimeConstantSeconds { get; init; } = 1800;

    /// <summary>A meter cabinet indoors: 18.0 °C ± 4.0 °C, 3.0 °C warmer per kW, half an hour to settle.</summary>
    public static TemperatureProfile Indoor { get; } = new();

    public string? Validate()
    {
        if (AmbientSwingTenths < 0)
        {
            return "the ambient swing must not be negative";
        }

        if (HeatingTenthsPerKilowatt < 0)
        {
            return "the heating per kW must not be negative";
        }

        return TimeConstantSeconds < 1 ? "the time constant must be at least 1 s" : null;
    }
}
