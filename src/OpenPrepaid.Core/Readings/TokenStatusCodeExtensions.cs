namespace OpenPrepaid.Core.Readings;

public static class TokenStatusCodeExtensions
{
    /// <summary>True for the statuses that end a token's processing with a refusal.</summary>
    public static bool IsFailure(this TokenStatusCode status) => status is
        TokenStatusCode.FormatFailure or TokenStatusCode.AuthenticationFailure
        or TokenStatusCode.ValidationFailure or TokenStatusCode.ExecutionFailure;

    /// <summary>Describes the status in words for the journal, for example "validation failure (6)".</summary>
    public static string Describe(this TokenStatusCode status) => status switch
    {
        TokenStatusCode.FormatOk => "format OK (0)",
        TokenStatusCode.AuthenticationOk => "authentication OK (1)",
        TokenStatusCode.ValidationOk => "validation OK (2)",
        TokenStatusCode.ExecutionOk => "execution OK (3)",
        TokenStatusCode.FormatFailure => "format failure (4)",
        TokenStatusCode.AuthenticationFailure => "authentication failure (5)",
        TokenStatusCode.ValidationFailure => "validation failure (6)",
        TokenStatusCode.ExecutionFailure => "execution failure (7)",
        TokenStatusCode.ReceivedNotProcessed => "received, not yet processed (8)",
        _ => $"unknown status ({(int)status})",
    };
}
