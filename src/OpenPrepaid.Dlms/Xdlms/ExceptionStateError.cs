namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>state-error of an Exception-Response.</summary>
public enum ExceptionStateError : byte
{
    ServiceNotAllowed = 1,
    ServiceUnknown = 2,
}
