namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>States of the server (secondary station) side of an HDLC link.</summary>
public enum HdlcServerLinkState
{
    /// <summary>Normal disconnected mode: only SNRM opens the link; commands with P set get DM.</summary>
    Disconnected,

    /// <summary>Normal response mode.</summary>
    Connected,

    /// <summary>FRMR was sent; only SNRM or DISC clears the condition, other commands get FRMR again.</summary>
    FrameRejected,
}
