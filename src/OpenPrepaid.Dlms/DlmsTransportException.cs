namespace OpenPrepaid.Dlms;

/// <summary>
/// The byte stream under the protocol failed: the connection could not be opened, was closed by the peer,
/// or the link layer gave up (HDLC DM or FRMR, too many retransmissions). The inner exception is kept.
/// </summary>
public class DlmsTransportException : DlmsException
{
    public DlmsTransportException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public override bool IsTransient => true;
}
