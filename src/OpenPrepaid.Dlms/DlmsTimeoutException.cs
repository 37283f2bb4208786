namespace OpenPrepaid.Dlms;

/// <summary>The peer did not answer within the response timeout, after every permitted retry.</summary>
public sealed class DlmsTimeoutException : DlmsTransportException
{
    public DlmsTimeoutException(string message, TimeSpan timeout, Exception? innerException = null)
        : base(message, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The response timeout that expired.</summary>
    public TimeSpan Timeout { get; }
}
