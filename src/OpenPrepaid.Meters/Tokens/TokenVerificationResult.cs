using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Meters.Tokens;

/// <summary>
/// Result of <see cref="TokenCodec.Verify"/>: the status, the precise reason of a failure, and the token's content
/// whenever its format was valid (for a wrong serial or a bad MAC too, so that callers can log what was sent).
/// </summary>
public sealed record TokenVerificationResult(TokenVerificationStatus Status, TokenFailureReasons Reason, TopUpToken? Token)
{
    public bool IsValid => Status == TokenVerificationStatus.Valid;

    /// <summary>The token_status a meter reports for this result when the token stops here.</summary>
    public TokenStatus ToTokenStatus() => Status switch
    {
        TokenVerificationStatus.Valid => TokenStatus.Executed,
        TokenVerificationStatus.FormatFailure => new TokenStatus(TokenStatusCode.FormatFailure, Reason),
        TokenVerificationStatus.WrongSerial => new TokenStatus(TokenStatusCode.ValidationFailure, Reason),
        TokenVerificationStatus.AuthenticationFailure => new TokenStatus(TokenStatusCode.AuthenticationFailure, Reason),
        _ => throw new InvalidOperationException($"Unknown verification status {Status}."),
    };
}
