namespace OpenPrepaid.Meters.Prepaid;

/// <summary>
/// The control_mode table of the Disconnect control object (class 70, attribute 4): which disconnections and
/// reconnections each mode 0-6 allows. The letters name the transitions of the class's state diagram:
/// <list type="bullet">
/// <item>a: remote_reconnect, disconnected to connected</item>
/// <item>b: remote_disconnect, connected to disconnected</item>
/// <item>c: remote_disconnect, ready_for_reconnection to disconnected</item>
/// <item>d: remote_reconnect, disconnected to ready_for_reconnection</item>
/// <item>e: manual_reconnect, ready_for_reconnection to connected</item>
/// <item>f: manual_disconnect, connected to ready_for_reconnection</item>
/// <item>g: local_disconnect, connected to ready_for_reconnection</item>
/// <item>h: local_reconnect, ready_for_reconnection to connected</item>
/// </list>
/// NOTE: which modes allow e-h is confirmed by two implementations; their start and end states are not
/// confirmed against the standard's text.
/// </summary>
public static class DisconnectControlModes
{
    /// <summary>Mode 0: the disconnector is always connected and takes no commands.</summary>
    public const byte AlwaysConnected = 0;

    public const byte Highest = 6;

    public static bool IsValid(byte mode) => mode <= Highest;

    /// <summary>
    /// Where remote_reconnect takes a disconnected meter: straight to connected (transition a) only in
    /// modes 2 and 4; in modes 1, 3, 5 and 6 to ready_for_reconnection (transition d), and the customer or the
    /// meter closes the relay. Mode 0 is always connected.
    /// </summary>
    public static ControlState RemoteReconnectTarget(byte mode)
    {
        ThrowIfInvalid(mode);

        return mode switch
        {
            AlwaysConnected or 2 or 4 => ControlState.Connected,
            _ => ControlState.ReadyForReconnection,
        };
    }

    /// <summary>Remote disconnection (transitions b and c) and local disconnection (g): every mode but 0.</summary>
    public static bool AllowsRemoteAndLocalDisconnect(byte mode)
    {
        ThrowIfInvalid(mode);
        return mode != AlwaysConnected;
    }

    /// <summary>Manual disconnection by the customer's button (transition f): modes 1, 2 and 5.</summary>
    public static bool AllowsManualDisconnect(byte mode)
    {
        ThrowIfInvalid(mode);
        return mode is 1 or 2 or 5;
    }

    /// <summary>Manual reconnection by the customer's button (transition e): every mode but 0.</summary>
    public static bool AllowsManualReconnect(byte mode)
    {
        ThrowIfInvalid(mode);
        return mode != AlwaysConnected;
    }

    /// <summary>Local reconnection by the meter itself once the cause of a local disconnection clears (transition h): modes 5 and 6.</summary>
    public static bool AllowsLocalReconnect(byte mode)
    {
        ThrowIfInvalid(mode);
        return mode is 5 or 6;
    }

    private static void ThrowIfInvalid(byte mode)
    {
        if (!IsValid(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"Disconnect control modes are 0-{Highest}.");
        }
    }
}
