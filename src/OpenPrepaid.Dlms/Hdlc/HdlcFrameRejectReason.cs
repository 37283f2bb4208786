namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>Reasons a station sends FRMR, carried in the third byte of the FRMR information field.</summary>
[Flags]
public enum HdlcFrameRejectReason
{
    None = 0,

    /// <summary>W: the control field is invalid or not implemented.</summary>
    InvalidControl = 0x01,

    /// <summary>X: the frame carries an information field it may not have, or is invalid in the current state.</summary>
    InvalidForState = 0x02,

    /// <summary>Y: the information field is longer than the negotiated maximum.</summary>
    InformationTooLong = 0x04,

    /// <summary>Z: N(R) acknowledges a frame that was never sent.</summary>
    InvalidReceiveSequence = 0x08,
}
