using OpenPrepaid.Core.Readings;

namespace OpenPrepaid.Core.Driver;

/// <summary>The meter's response to a top-up token.</summary>
/// <param name="Status">Token gateway token_status read after entering the token.</param>
/// <param name="BalanceAfter">Available credit read right after the token, when the driver read it.</param>
/// <param name="Detail">The meter's reason in words when it refused the token (wrong serial, sequence already passed, ...).</param>
public sealed record TopUpResult(TokenStatusCode Status, decimal? BalanceAfter = null, string? Detail = null);
