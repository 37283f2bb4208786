namespace OpenPrepaid.Core.Readings;

/// <summary>Disconnect control (class 70) attribute 3, control_state; the numbers are the meter's enum values.</summary>
public enum RelayControlState
{
    Disconnected = 0,
    Connected = 1,

    /// <summary>Armed: the supply returns only when the customer presses the meter's button.</summary>
    ReadyForReconnection = 2,
}
