namespace OpenPrepaid.Dlms;

/// <summary>
/// Malformed or unexpected bytes from the peer: a frame, APDU or A-XDR value that cannot be decoded,
/// or a reply that does not fit the request. The session that received it is dropped.
/// </summary>
public sealed class DlmsProtocolException : DlmsException
{
    public DlmsProtocolException(string message, int? offset = null, Exception? innerException = null)
        : base(offset is null ? message : $"{message} (at byte offset {offset})", innerException)
    {
        Offset = offset;
    }

    /// <summary>Byte offset in the decoded buffer where the problem was found, when known.</summary>
    public int? Offset { get; }

    public override bool IsTransient => true;
}
