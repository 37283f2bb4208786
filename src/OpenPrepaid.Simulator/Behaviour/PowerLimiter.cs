namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>
/// The Limiter (class 71) over active power: trips when the power stays above the threshold for
/// min_over_threshold_duration, and clears when it then stays at or under the threshold for
/// min_under_threshold_duration. A threshold of 0 means no limit.
/// </summary>
internal sealed class PowerLimiter
{
    private long _secondsOver;
    private long _secondsUnder;

    public uint ThresholdWatts { get; private set; }

    public uint MinOverThresholdSeconds { get; set; }

    public uint MinUnderThresholdSeconds { get; set; }

    /// <summary>True from a trip until the power has stayed under the threshold long enough.</summary>
    public bool IsTripped { get; private set; }

    public void SetThreshold(uint watts)
    {
        ThresholdWatts = watts;
        if (watts == 0)
        {
            Reset();
        }
    }

    /// <summary>Feeds the power measured over one step; returns true when this step trips the limiter.</summary>
    public bool Observe(int watts, int stepSeconds)
    {
        if (ThresholdWatts == 0)
        {
            return false;
        }

        if (watts > ThresholdWatts)
        {
            _secondsOver += stepSeconds;
            _secondsUnder = 0;
        }
        else
        {
            _secondsUnder += stepSeconds;
            _secondsOver = 0;
        }

        if (!IsTripped && _secondsOver > 0 && _secondsOver >= MinOverThresholdSeconds)
        {
            IsTripped = true;
            return true;
        }

        if (IsTripped && _secondsUnder > 0 && _secondsUnder >= MinUnderThresholdSeconds)
        {
            IsTripped = false;
        }

        return false;
    }

    private void Reset()
    {
        IsTripped = false;
        _secondsOver = 0;
        _secondsUnder = 0;
    }
}
