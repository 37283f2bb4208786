using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>
/// The state machine of the Disconnect control object (class 70): control_state moved only along the
/// transitions that the control mode allows (<see cref="DisconnectControlModes"/>).
/// </summary>
internal sealed class DisconnectControl
{
    public DisconnectControl(byte mode)
    {
        SetMode(mode);
        State = ControlState.Connected;
    }

    public ControlState State { get; private set; }

    public byte Mode { get; private set; }

    public DisconnectionOrigin LastDisconnection { get; private set; }

    /// <summary>output_state: supply is on only in the connected state.</summary>
    public bool OutputState => State == ControlState.Connected;

    /// <summary>Sets the control mode; mode 0 means always connected, so the relay closes.</summary>
    public void SetMode(byte mode)
    {
        if (!DisconnectControlModes.IsValid(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"Disconnect control modes are 0-{DisconnectControlModes.Highest}.");
        }

        Mode = mode;
        if (mode == DisconnectControlModes.AlwaysConnected)
        {
            State = ControlState.Connected;
            LastDisconnection = DisconnectionOrigin.None;
        }
    }

    /// <summary>remote_disconnect: transition b from connected, c from ready_for_reconnection.</summary>
    public RelayCommandResult RemoteDisconnect()
    {
        if (!DisconnectControlModes.AllowsRemoteAndLocalDisconnect(Mode))
        {
            return RelayCommandResult.RejectedByControlMode;
        }

        if (State == ControlState.Disconnected)
        {
            return RelayCommandResult.NoTransition;
        }

        State = ControlState.Disconnected;
        LastDisconnection = DisconnectionOrigin.Remote;
        return RelayCommandResult.Done;
    }

    /// <summary>remote_reconnect from disconnected: transition a to connected in modes 2 and 4, d to ready_for_reconnection otherwise.</summary>
    public RelayCommandResult RemoteReconnect()
    {
        if (Mode == DisconnectControlModes.AlwaysConnected)
        {
            return RelayCommandResult.RejectedByControlMode;
        }

        if (State != ControlState.Disconnected)
        {
            return RelayCommandResult.NoTransition;
        }

        State = DisconnectControlModes.RemoteReconnectTarget(Mode);
        return RelayCommandResult.Done;
    }

    /// <summary>
    /// The customer's button: manual_reconnect (e) from ready_for_reconnection, manual_disconnect (f) from connected
    /// where the mode allows it. A remote disconnection cannot be undone from the button.
    /// </summary>
    public RelayCommandResult PressButton()
    {
        switch (State)
        {
            case ControlState.ReadyForReconnection when DisconnectControlModes.AllowsManualReconnect(Mode):
                State = ControlState.Connected;
                return RelayCommandResult.Done;

            case ControlState.Connected when DisconnectControlModes.AllowsManualDisconnect(Mode):
                State = ControlState.ReadyForReconnection;
                LastDisconnection = DisconnectionOrigin.Manual;
                return RelayCommandResult.Done;

            case ControlState.Connected:
                return RelayCommandResult.RejectedByControlMode;

            default:
                return RelayCommandResult.NoTransition;
        }
    }

    /// <summary>local_disconnect (g), connected to ready_for_reconnection, for lack of credit or the power limit.</summary>
    public bool LocalDisconnect()
    {
        if (State != ControlState.Connected || !DisconnectControlModes.AllowsRemoteAndLocalDisconnect(Mode))
        {
            return false;
        }

        State = ControlState.ReadyForReconnection;
        LastDisconnection = DisconnectionOrigin.Local;
        return true;
    }

    /// <summary>local_reconnect (h) in modes 5 and 6, only after a local disconnection whose causes have cleared.</summary>
    public bool LocalReconnect()
    {
        if (State != ControlState.ReadyForReconnection
            || LastDisconnection != DisconnectionOrigin.Local
            || !DisconnectControlModes.AllowsLocalReconnect(Mode))
        {
            return false;
        }

        State = ControlState.Connected;
        return true;
    }
}
