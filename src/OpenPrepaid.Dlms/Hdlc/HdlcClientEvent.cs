namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>What an <see cref="HdlcClientStep"/> reports to the I/O layer.</summary>
public enum HdlcClientEvent
{
    /// <summary>Nothing changed: the input was ignored, so the response timer keeps running.</summary>
    None,

    /// <summary>The exchange moved on (a valid frame arrived or a retransmission was prepared): restart the timer.</summary>
    Progress,

    /// <summary>UA arrived: the link is in normal response mode with the negotiated parameters.</summary>
    Connected,

    /// <summary>A whole response APDU arrived; it is in <see cref="HdlcClientStep.Apdu"/>.</summary>
    ResponseReceived,

    /// <summary>The link is disconnected (UA or DM after DISC, or DISC given up after the retries).</summary>
    Disconnected,

    /// <summary>The link failed; the exception is in <see cref="HdlcClientStep.Error"/> and the link is disconnected.</summary>
    Failed,
}
