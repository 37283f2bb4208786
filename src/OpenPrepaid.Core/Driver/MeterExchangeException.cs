namespace OpenPrepaid.Core.Driver;

/// <summary>
/// An exchange with a meter failed. The message is the error in words that the status column shows. For
/// <see cref="IMeterDriver.TopUpAsync"/>, this exception (as opposed to
/// <see cref="TopUpOutcomeUnknownException"/>) promises that the token was not delivered.
/// </summary>
public class MeterExchangeException : Exception
{
    public MeterExchangeException(string serial, MeterFailureKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Serial = serial;
        Kind = kind;
    }

    /// <summary>The meter's serial number, or empty when the failure concerns the whole channel (opening it).</summary>
    public string Serial { get; }

    public MeterFailureKind Kind { get; }
}
