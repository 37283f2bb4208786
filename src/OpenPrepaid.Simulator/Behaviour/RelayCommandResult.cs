namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>What a relay command (remote method or the customer's button) did.</summary>
public enum RelayCommandResult
{
    /// <summary>The command moved the relay along a transition of the control mode's table.</summary>
    Done,

    /// <summary>The command has no transition from the current state (e.g. remote_disconnect when already disconnected).</summary>
    NoTransition,

    /// <summary>The control mode forbids the command (mode 0 takes none; manual disconnection only in modes 1, 2 and 5).</summary>
    RejectedByControlMode,
}
