namespace OpenPrepaid.Dlms;

/// <summary>
/// Base of every failure that the protocol library reports. Callers that only need to know
/// "the exchange with this meter failed" catch this type.
/// </summary>
public abstract class DlmsException : Exception
{
    protected DlmsException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// True when the same request may succeed if tried again on a new connection
    /// (a timeout or a dropped link), false when the peer rejected it for a reason that a retry
    /// cannot change (a wrong password, an undefined object).
    /// </summary>
    public abstract bool IsTransient { get; }
}
