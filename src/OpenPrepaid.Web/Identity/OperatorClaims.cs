namespace OpenPrepaid.Web.Identity;

/// <summary>Claim types the console adds to a signed-in operator.</summary>
public static class OperatorClaims
{
    /// <summary>Present (value "true") while the operator must replace a one-time password.</summary>
    public const string MustChangePassword = "openprepaid:must_change_password";

    /// <summary>The API key's id, on principals authenticated by <c>X-Api-Key</c>.</summary>
    public const string ApiKeyId = "openprepaid:api_key_id";
}
