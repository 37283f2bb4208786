namespace OpenPrepaid.Web.Identity;

/// <summary>
/// The roles of the console and the API. A viewer reads meters and the journal; a cashier also charges; an
/// engineer also keeps profiles and writes settings; an administrator may do all of that and manages users,
/// API keys and the meter register.
/// </summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Cashier = "cashier";
    public const string Engineer = "engineer";
    public const string Administrator = "administrator";

    public static IReadOnlyList<string> All { get; } = [Viewer, Cashier, Engineer, Administrator];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
