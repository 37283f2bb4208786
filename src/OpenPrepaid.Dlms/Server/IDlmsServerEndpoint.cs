namespace OpenPrepaid.Dlms.Server;

/// <summary>
/// One logical server (a meter) as a server transport host uses it: a source of sessions, one per
/// connection or HDLC link, and of the faults to inject into its exchanges.
/// </summary>
public interface IDlmsServerEndpoint
{
    /// <summary>Starts a session for a client SAP talking to a server SAP (logical device).</summary>
    IDlmsApduSession OpenSession(ushort clientSap, ushort serverSap);

    /// <summary>
    /// Returns the fault to inject into the exchange that is about to start. Hosts ask once per link setup
    /// (SNRM) and once per request APDU; endpoints that inject nothing return <see cref="ExchangeFault.None"/>.
    /// </summary>
    ExchangeFault NextFault(ExchangeKind kind);
}

/// <summary>The application-layer state of one client talking to one logical server.</summary>
public interface IDlmsApduSession : IDisposable
{
    /// <summary>
    /// Handles one request APDU and returns the response APDU. Always returns a reply: requests that cannot
    /// be served get the protocol's own error responses.
    /// </summary>
    ReadOnlyMemory<byte> Process(ReadOnlySpan<byte> request);
}

/// <summary>What a server host is about to handle.</summary>
public enum ExchangeKind
{
    /// <summary>An HDLC SNRM (link setup).</summary>
    LinkSetup,

    /// <summary>A complete request APDU.</summary>
    Apdu,
}

/// <summary>Kinds of faults a server host can inject into one exchange.</summary>
public enum ExchangeFaultKind
{
    None,

    /// <summary>The request is read and ignored: no reply is sent and nothing is applied.</summary>
    NoAnswer,

    /// <summary>The connection is closed after the request arrives and before it is applied.</summary>
    CloseBeforeApply,

    /// <summary>The request is applied, then the connection is closed before the reply is sent.</summary>
    CloseAfterApply,

    /// <summary>The reply is sent with a corrupted checksum (HDLC FCS) or, over the wrapper, a corrupted APDU tag.</summary>
    CorruptAnswer,

    /// <summary>The reply is sent after <see cref="ExchangeFault.Delay"/>.</summary>
    DelayAnswer,

    /// <summary>The reply is sent one byte at a time with <see cref="ExchangeFault.Delay"/> between bytes.</summary>
    TrickleAnswer,

    /// <summary>
    /// Over HDLC the reply's last frame (the I frame without the segmentation bit) is sent after
    /// <see cref="ExchangeFault.Delay"/>, the frames before it at once, as meters that pause before their final
    /// frame. Over the wrapper, where a reply is one PDU, it is the same as <see cref="DelayAnswer"/>.
    /// </summary>
    PauseBeforeFinalFrame,
}

/// <summary>A fault for one exchange, with the delay it uses where the kind needs one.</summary>
public readonly record struct ExchangeFault(ExchangeFaultKind Kind, TimeSpan Delay = default)
{
    public static ExchangeFault None => default;
}
