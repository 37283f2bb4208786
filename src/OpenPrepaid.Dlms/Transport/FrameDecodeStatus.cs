namespace OpenPrepaid.Dlms.Transport;

/// <summary>Outcome of one attempt to take a frame or PDU from the start of a receive buffer.</summary>
public enum FrameDecodeStatus
{
    /// <summary>The buffer holds no whole frame yet; nothing was consumed.</summary>
    NeedMoreData,

    /// <summary>A whole, valid frame was decoded.</summary>
    Complete,

    /// <summary>The bytes at the start of the buffer are invalid; skip the consumed bytes and try again.</summary>
    Invalid,
}
