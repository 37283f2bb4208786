namespace OpenPrepaid.Simulator.Faults;

/// <summary>What is wrong with a fault spec, so that a user interface can word the error in its own language.</summary>
public enum FaultSpecProblem
{
    /// <summary>A rule is not TARGET=FAULT.</summary>
    MissingEquals,

    /// <summary>The target is neither <c>*</c> nor a serial number.</summary>
    InvalidTarget,

    /// <summary>The fault kind is not one of the known names.</summary>
    UnknownKind,

    /// <summary>The count is not a whole number from 1 or <c>always</c>.</summary>
    InvalidTimes,

    /// <summary>A timed kind (delay, trickle, pause-final) has no duration.</summary>
    MissingDelay,

    /// <summary>The duration is not a whole number of ms or s, or is 0 or longer than the maximum.</summary>
    InvalidDelay,

    /// <summary>More arguments than the kind takes.</summary>
    TooManyArguments,

    /// <summary>The number after <c>@</c> is not a whole number from 1.</summary>
    InvalidSkip,

    /// <summary>A rule names a serial number that no meter of the fleet has.</summary>
    UnknownSerial,
}
