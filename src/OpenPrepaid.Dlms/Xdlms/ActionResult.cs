namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Action-Result of ACTION (IEC 62056-5-3); 0..14 match <see cref="DataAccessResult"/>.</summary>
public enum ActionResult : byte
{
    Success = 0,
    HardwareFault = 1,
    TemporaryFailure = 2,
    ReadWriteDenied = 3,
    ObjectUndefined = 4,
    ObjectClassInconsistent = 9,
    ObjectUnavailable = 11,
    TypeUnmatched = 12,
    ScopeOfAccessViolated = 13,
    DataBlockUnavailable = 14,
    LongActionAborted = 15,
    NoLongActionInProgress = 16,
    OtherReason = 250,
}
