using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OpenPrepaid.Web.Identity;

/// <summary>Adds the must-change-password claim, so the console can send such an operator to the change form.</summary>
internal sealed class OperatorClaimsPrincipalFactory(
    UserManager<OperatorUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<OperatorUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(OperatorUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(OperatorClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}
