namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>What an <see cref="HdlcServerStep"/> reports to the host.</summary>
public enum HdlcServerEvent
{
    /// <summary>Nothing for the application layer; send the frames, if any.</summary>
    None,

    /// <summary>SNRM was accepted: the host starts a new application session.</summary>
    Connected,

    /// <summary>The link was closed (DISC, or an SNRM rejected with DM): the host ends the session.</summary>
    Disconnected,

    /// <summary>A whole request APDU arrived. The host calls <see cref="HdlcServerLink.Respond"/> or <see cref="HdlcServerLink.DropRequest"/>.</summary>
    RequestReceived,
}
