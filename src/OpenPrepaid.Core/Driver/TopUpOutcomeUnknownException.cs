namespace OpenPrepaid.Core.Driver;

/// <summary>
/// The token was sent (or may have been) but the meter's response was lost, so whether it was applied is
/// unknown. The charge stays unknown until a read of the meter shows its last token sequence and status.
/// </summary>
public sealed class TopUpOutcomeUnknownException : MeterExchangeException
{
    public TopUpOutcomeUnknownException(string serial, string message, Exception? innerException = null)
        : base(serial, MeterFailureKind.ConnectionLost, message, innerException)
    {
    }
}
