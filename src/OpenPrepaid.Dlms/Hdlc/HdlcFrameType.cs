namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>HDLC frame types used by IEC 62056-46 (modulo-8 control field).</summary>
public enum HdlcFrameType
{
    /// <summary>A control byte that matches none of the frame types below.</summary>
    Unknown,

    /// <summary>I: numbered information frame.</summary>
    Information,

    /// <summary>RR: receive ready, acknowledges up to N(R) and polls or ends a turn.</summary>
    ReceiveReady,

    /// <summary>RNR: receive not ready (the receiver is busy).</summary>
    ReceiveNotReady,

    /// <summary>SNRM: set normal response mode (command that opens the link).</summary>
    SetNormalResponseMode,

    /// <summary>DISC: disconnect (command).</summary>
    Disconnect,

    /// <summary>UA: unnumbered acknowledge (response to SNRM and DISC).</summary>
    UnnumberedAcknowledge,

    /// <summary>DM: disconnected mode (response: the link is not connected or the SNRM was rejected).</summary>
    DisconnectedMode,

    /// <summary>FRMR: frame reject (response: a frame was invalid for the control field or the state).</summary>
    FrameReject,

    /// <summary>UI: unnumbered information.</summary>
    UnnumberedInformation,
}
