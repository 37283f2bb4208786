namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>Demanded power of one simulated meter at a moment, in whole watts; deterministic for the seed.</summary>
internal sealed class LoadModel
{
    private readonly LoadProfile _profile;
    private readonly ulong _seed;

    public LoadModel(LoadProfile profile, ulong seed)
    {
        _profile = profile;
        _seed = seed;
    }

    public int PowerAt(long unixSeconds, int localSecondOfDay)
    {
        var daily = (long)_profile.PeakWatts * DailyCurves.At(_profile.HourlyPermille, localSecondOfDay) / 1000;

        long noise = 0;
        if (_profile.NoiseWatts > 0)
        {
            // The noise segment is counted in absolute time, so that advancing in one call or in many
            // gives the same power.
            var segment = (ulong)FloorDivide(unixSeconds, _profile.NoisePeriodSeconds);
            noise = SplitMix64.Between(_seed, segment, -_profile.NoiseWatts, _profile.NoiseWatts);
        }

        var watts = _profile.BaseWatts + daily + noise;
        return (int)Math.Clamp(watts, 0, int.MaxValue);
    }

    private static long FloorDivide(long dividend, long divisor)
    {
        var quotient = dividend / divisor;
        return dividend % divisor < 0 ? quotient - 1 : quotient;
    }
}
