namespace OpenPrepaid.Core.Readings;

/// <summary>Token gateway (class 115) attribute 6, token_status.status_code; the numbers are the meter's enum values.</summary>
public enum TokenStatusCode
{
    FormatOk = 0,
    AuthenticationOk = 1,
    ValidationOk = 2,

    /// <summary>The only status that shows the token's credit was applied.</summary>
    ExecutionOk = 3,
    FormatFailure = 4,
    AuthenticationFailure = 5,

    /// <summary>Wrong serial, a sequence number already passed, or a balance outside the meter's limits.</summary>
    ValidationFailure = 6,
    ExecutionFailure = 7,
    ReceivedNotProcessed = 8,
}
