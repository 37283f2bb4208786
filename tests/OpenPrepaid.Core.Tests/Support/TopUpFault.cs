namespace OpenPrepaid.Core.Tests.Support;

/// <summary>A failure a simulated meter injects into its next top-up.</summary>
public enum TopUpFault
{
    None,

    /// <summary>The meter applies the token, then the connection drops before its response arrives.</summary>
    LoseResponseAfterApply,

    /// <summary>The connection drops after sending, before the token reaches the meter.</summary>
    LoseBeforeArrival,

    /// <summary>The connection fails before the token is sent; the driver reports it as not delivered.</summary>
    FailBeforeSending,

    /// <summary>The meter responds that it is still processing the token.</summary>
    StillProcessing,
}
