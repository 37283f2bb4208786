namespace OpenPrepaid.Web.Identity;

/// <summary>The outcome of a user administration step.</summary>
/// <param name="ErrorCodes">Identity's error codes (DuplicateUserName, InvalidUserName, ...) or the directory's own (LastAdministrator, UserNotFound, RoleUnknown).</param>
/// <param name="OneTimePassword">The new one-time password, for a created user or a reset; show it once.</param>
public sealed record DirectoryResult(IReadOnlyList<string> ErrorCodes, string? OneTimePassword = null)
{
    public bool Succeeded => ErrorCodes.Count == 0;

    public static DirectoryResult Failed(params string[] codes) => new(codes);
}
