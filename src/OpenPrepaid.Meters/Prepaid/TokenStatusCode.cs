namespace OpenPrepaid.Meters.Prepaid;

/// <summary>status_code of the Token gateway's token_status (class 115, attribute 6).</summary>
public enum TokenStatusCode : byte
{
    FormatOk = 0,
    AuthenticationOk = 1,
    ValidationOk = 2,
    TokenExecutionOk = 3,
    FormatFailure = 4,
    AuthenticationFailure = 5,
    ValidationFailure = 6,
    TokenExecutionFailure = 7,
    ReceivedNotYetProcessed = 8,
}
