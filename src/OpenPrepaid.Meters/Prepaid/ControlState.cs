namespace OpenPrepaid.Meters.Prepaid;

/// <summary>control_state of the Disconnect control object (class 70, attribute 3).</summary>
public enum ControlState : byte
{
    Disconnected = 0,
    Connected = 1,

    /// <summary>Armed: supply stays off until a local action (button, or the meter itself in modes 5 and 6) closes the relay.</summary>
    ReadyForReconnection = 2,
}
