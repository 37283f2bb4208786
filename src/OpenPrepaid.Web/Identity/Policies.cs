using Microsoft.AspNetCore.Authorization;

namespace OpenPrepaid.Web.Identity;

/// <summary>The authorization policies that every page action and API endpoint names.</summary>
public static class Policies
{
    /// <summary>See meters, readings, profiles and the journal, and start reads.</summary>
    public const string View = "view";

    /// <summary>Top up and write off meters.</summary>
    public const string Charge = "charge";

    /// <summary>Keep profiles and write settings to meters.</summary>
    public const string Configure = "configure";

    /// <summary>Manage users, API keys and the meter register.</summary>
    public const string Administer = "administer";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        options.AddPolicy(View, p => p.RequireAuthenticatedUser().RequireRole(Roles.All));
        options.AddPolicy(Charge, p => p.RequireAuthenticatedUser().RequireRole(Roles.Cashier, Roles.Administrator));
        options.AddPolicy(Configure, p => p.RequireAuthenticatedUser().RequireRole(Roles.Engineer, Roles.Administrator));
        options.AddPolicy(Administer, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator));
    }

    /// <summary>Returns the roles a policy admits, for messages that tell a refused caller what is needed.</summary>
    public static IReadOnlyList<string> RolesFor(string policy) => policy switch
    {
        View => Roles.All,
        Charge => [Roles.Cashier, Roles.Administrator],
        Configure => [Roles.Engineer, Roles.Administrator],
        Administer => [Roles.Administrator],
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown policy."),
    };
}
