namespace OpenPrepaid.Web.Identity;

internal static partial class IdentityLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "No users existed, so user {UserName} was created with role {Role}; its one-time password was printed to standard output")]
    public static partial void AdministratorCreated(ILogger logger, string userName, string role);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Operator {UserName} signed in")]
    public static partial void SignedIn(ILogger logger, string userName);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Sign-in as {UserName} failed: {Reason}")]
    public static partial void SignInFailed(ILogger logger, string userName, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Operator {UserName} changed their password")]
    public static partial void PasswordChanged(ILogger logger, string userName);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "API key {KeyId} ({KeyName}, role {Role}) created by {CreatedBy}")]
    public static partial void ApiKeyCreated(ILogger logger, Guid keyId, string keyName, string role, string createdBy);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "API key {KeyId} revoked by {RevokedBy}")]
    public static partial void ApiKeyRevoked(ILogger logger, Guid keyId, string revokedBy);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "User {UserName} {Change} by {ChangedBy}")]
    public static partial void UserChanged(ILogger logger, string userName, string change, string changedBy);
}
