namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>
/// Internal temperature of a simulated meter, held in millionths of a °C so that the integer lag does not
/// stall: a step moves the temperature by (target − current) × step / time constant.
/// </summary>
internal sealed class TemperatureModel
{
    private const long MicroPerTenth = 100_000;

    private readonly TemperatureProfile _profile;
    private long _internalMicroDegrees;

    public TemperatureModel(TemperatureProfile profile, int localSecondOfDay)
    {
        _profile = profile;
        AmbientMeanTenths = profile.AmbientMeanTenths;
        _internalMicroDegrees = AmbientTenthsAt(localSecondOfDay) * MicroPerTenth;
    }

    public short AmbientMeanTenths { get; set; }

    public short InternalTenths => (short)Math.Round((decimal)_internalMicroDegrees / MicroPerTenth, MidpointRounding.AwayFromZero);

    public long AmbientTenthsAt(int localSecondOfDay)
    {
        return AmbientMeanTenths + ((long)_profile.AmbientSwingTenths * DailyCurves.At(DailyCurves.TemperatureSwingPermille, localSecondOfDay) / 1000);
    }

    public void Step(int localSecondOfDay, int watts, int stepSeconds)
    {
        var targetTenths = AmbientTenthsAt(localSecondOfDay) + ((long)_profile.HeatingTenthsPerKilowatt * watts / 1000);
        var target = targetTenths * MicroPerTenth;

        // A step longer than the time constant would overshoot; it reaches the target instead.
        var seconds = Math.Min(stepSeconds, _profile.TimeConstantSeconds);
        _internalMicroDegrees += (target - _internalMicroDegrees) * seconds / _profile.TimeConstantSeconds;
    }
}
