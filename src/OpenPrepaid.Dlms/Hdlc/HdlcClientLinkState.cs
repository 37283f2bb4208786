namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>States of the client (primary station) side of an HDLC link.</summary>
public enum HdlcClientLinkState
{
    /// <summary>Normal disconnected mode: only SNRM may be sent.</summary>
    Disconnected,

    /// <summary>SNRM sent, waiting for UA or DM.</summary>
    Connecting,

    /// <summary>Connected with nothing outstanding: a request may be sent.</summary>
    Idle,

    /// <summary>Segments of a request are outstanding and more remain to be sent after the meter's RR.</summary>
    Sending,

    /// <summary>The final segment of a request was sent; the response is being collected.</summary>
    AwaitingResponse,

    /// <summary>DISC sent, waiting for UA or DM.</summary>
    Disconnecting,
}
