namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>service-error of an Exception-Response.</summary>
public enum ExceptionServiceError : byte
{
    OperationNotPossible = 1,
    ServiceNotSupported = 2,
    OtherReason = 3,
    PduTooLong = 4,
    DecipheringError = 5,
    InvocationCounterError = 6,
}
