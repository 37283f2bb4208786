using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace OpenPrepaid.Web.Identity;

/// <summary>
/// Checks the console operator against a policy before each action. Pages hide what an operator may not
/// do, and every action handler calls <see cref="RequireAsync"/> as well, so a stale page cannot act
/// beyond the operator's roles.
/// </summary>
public sealed class OperatorAccess(AuthenticationStateProvider authentication, IAuthorizationService authorization)
{
    public async Task<bool> AllowsAsync(string policy)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var result = await authorization.AuthorizeAsync(state.User, policy);
        return result.Succeeded;
    }

    /// <summary>Returns the operator's name for the journal when the policy allows the action.</summary>
    /// <exception cref="UnauthorizedAccessException">The operator's roles do not satisfy <paramref name="policy"/>.</exception>
    public async Task<string> RequireAsync(string policy)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var result = await authorization.AuthorizeAsync(state.User, policy);
        if (!result.Succeeded)
        {
            throw new UnauthorizedAccessException(
                $"{state.User.Identity?.Name ?? "An anonymous user"} may not do this: it needs one of the roles {string.Join(", ", Policies.RolesFor(policy))}.");
        }

        return state.User.Identity?.Name ?? throw new UnauthorizedAccessException("The operator has no name.");
    }
}
