namespace OpenPrepaid.Simulator.Faults;

/// <summary>A kind of fault a simulated meter can inject, with its name in a fault spec.</summary>
public enum FaultKind
{
    /// <summary><c>noanswer</c>: a request is read and ignored; nothing is applied and no reply is sent.</summary>
    NoAnswer,

    /// <summary><c>close-before</c>: the connection is closed after a request arrives and before it is applied.</summary>
    CloseBeforeApply,

    /// <summary><c>close-after</c>: the request is applied, then the connection is closed before the reply.</summary>
    CloseAfterApply,

    /// <summary><c>corrupt</c>: the reply's HDLC FCS is broken (over the wrapper, its APDU tag).</summary>
    CorruptAnswer,

    /// <summary><c>delay</c>: the reply is sent after a delay.</summary>
    DelayAnswer,

    /// <summary><c>trickle</c>: the reply is sent one byte at a time with a delay between bytes.</summary>
    TrickleAnswer,

    /// <summary><c>pause-final</c>: over HDLC the reply's last frame comes after a pause (over the wrapper, the whole reply).</summary>
    PauseBeforeFinalFrame,

    /// <summary><c>ignore-snrm</c>: an HDLC SNRM (link setup) gets no UA, as from a meter that has not woken up yet.</summary>
    IgnoreLinkSetup,

    /// <summary><c>dead</c>: the meter sends no reply at all, link setup included.</summary>
    Dead,
}
