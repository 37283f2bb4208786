namespace OpenPrepaid.Web.Identity;

/// <summary>A user as the user administration page lists it.</summary>
public sealed record OperatorSummary(string Id, string UserName, IReadOnlyList<string> Roles, bool MustChangePassword, bool LockedOut);
