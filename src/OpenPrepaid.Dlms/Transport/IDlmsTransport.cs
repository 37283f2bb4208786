namespace OpenPrepaid.Dlms.Transport;

/// <summary>
/// The client side of one link to one logical device: it carries whole APDUs, so the client engine never
/// sees HDLC frames or wrapper headers. Implementations handle framing, segmentation, link-level
/// timeouts and retransmission. An instance serves one association at a time and is not thread-safe.
/// </summary>
public interface IDlmsTransport : IAsyncDisposable
{
    /// <summary>
    /// Largest APDU the peer accepts in one piece at the link level, or null when the link sets no limit
    /// (the TCP wrapper). HDLC returns null too, because it segments any APDU.
    /// </summary>
    int? MaxApduSize { get; }

    /// <summary>Opens the link: nothing for the TCP wrapper, SNRM and UA for HDLC.</summary>
    Task OpenAsync(CancellationToken cancellationToken);

    /// <summary>Sends one APDU, segmenting it when the link requires.</summary>
    Task SendAsync(ReadOnlyMemory<byte> apdu, CancellationToken cancellationToken);

    /// <summary>
    /// Receives the next complete APDU. Throws <see cref="DlmsTimeoutException"/> when nothing arrives within
    /// <paramref name="timeout"/> and <see cref="DlmsTransportException"/> when the stream ends.
    /// </summary>
    Task<ReadOnlyMemory<byte>> ReceiveAsync(TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Closes the link cleanly: DISC for HDLC, nothing for the wrapper. Never throws on a dead link.</summary>
    Task CloseAsync(CancellationToken cancellationToken);
}
