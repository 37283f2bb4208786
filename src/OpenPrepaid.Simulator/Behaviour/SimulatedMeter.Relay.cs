using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Simulator.Behaviour;

// The relay: remote commands, the customer's button, and the meter's own disconnections for lack of
// credit or the power limit.
public sealed partial class SimulatedMeter
{
    /// <summary>Disconnect control method remote_disconnect.</summary>
    public RelayCommandResult RemoteDisconnect()
    {
        lock (_sync)
        {
            AdvanceToCore(_timeProvider.GetUtcNow());
            var before = _relay.State;
            var result = _relay.RemoteDisconnect();
            LogRelayChange(before, "remote_disconnect");
            return result;
        }
    }

    /// <summary>
    /// Disconnect control method remote_reconnect: connected directly in control modes 2 and 4, ready for
    /// reconnection in modes 1, 3, 5 and 6. While a local cause is active (no credit, power limit) the meter opens
    /// the relay again at once, so read control_state afterwards.
    /// </summary>
    public RelayCommandResult RemoteReconnect()
    {
        lock (_sync)
        {
            AdvanceToCore(_timeProvider.GetUtcNow());
            var before = _relay.State;
            var result = _relay.RemoteReconnect();
            LogRelayChange(before, "remote_reconnect");
            EvaluateRelay();
            return result;
        }
    }

    /// <summary>The customer presses the meter's button: manual reconnection, or manual disconnection where the mode allows it.</summary>
    public RelayCommandResult PressButton()
    {
        lock (_sync)
        {
            AdvanceToCore(_timeProvider.GetUtcNow());
            var before = _relay.State;
            var result = _relay.PressButton();
            LogRelayChange(before, "button");
            EvaluateRelay();
            return result;
        }
    }

    /// <summary>
    /// Opens the relay (local disconnection) while a cause is active and closes it (local reconnection, modes 5
    /// and 6) once every cause has cleared.
    /// </summary>
    private void EvaluateRelay()
    {
        var creditCause = IsOutOfCreditForSwitchOff();
        var powerCause = _limiter.IsTripped;
        var before = _relay.State;

        if (creditCause || powerCause)
        {
            _relay.LocalDisconnect();
            LogRelayChange(before, creditCause ? "no credit" : "power limit");
            return;
        }

        _relay.LocalReconnect();
        LogRelayChange(before, "cause cleared");
    }

    /// <summary>
    /// Whether lack of credit calls for switching off now: the balance is at or below the switch-off threshold,
    /// never switch off is not set, and today (meter local time) is not an exempt Saturday or Sunday. During
    /// an exempt day the cause counts as cleared, so the relay may also close again.
    /// </summary>
    private bool IsOutOfCreditForSwitchOff()
    {
        if (!ChargesConsumption || _balance > _creditLimit || _neverSwitchOff)
        {
            return false;
        }

        var day = _clock.ToLocal(MeterTimeUtc).DayOfWeek;
        return !(day == DayOfWeek.Saturday && _noSwitchOffOnSaturday) && !(day == DayOfWeek.Sunday && _noSwitchOffOnSunday);
    }

    private void LogRelayChange(ControlState before, string cause)
    {
        if (_relay.State != before)
        {
            Log.RelayChanged(_logger, SerialNumber, before, _relay.State, cause, _relay.Mode);
        }
    }
}
