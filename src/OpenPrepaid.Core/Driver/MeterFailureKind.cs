namespace OpenPrepaid.Core.Driver;

/// <summary>What kind of failure ended an exchange with a meter.</summary>
public enum MeterFailureKind
{
    /// <summary>The channel could not be opened: connection refused, host unreachable, port busy.</summary>
    ConnectionFailed = 0,

    /// <summary>No response within the exchange timeout after every retry.</summary>
    TimedOut = 1,

    /// <summary>The meter rejected the association, for example because of a wrong password.</summary>
    AssociationRejected = 2,

    /// <summary>The meter denied access to an object or responded to a request with an error.</summary>
    AccessDenied = 3,

    /// <summary>A mandatory object of the meter's model is missing.</summary>
    ObjectMissing = 4,

    /// <summary>Malformed or unexpected data from the meter.</summary>
    ProtocolError = 5,

    /// <summary>The connection dropped during the exchange.</summary>
    ConnectionLost = 6,

    /// <summary>The read was cancelled by the operator or stopped by the per-meter deadline.</summary>
    Cancelled = 7,

    Other = 8,
}
