using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace OpenPrepaid.Web.Identity;

/// <summary>
/// User administration for the console: list, create with a one-time password, change roles, reset the
/// password, remove. Each call uses its own scope, so a long-lived console circuit never shares a
/// DbContext between two operations. The last administrator cannot lose the role or be removed.
/// </summary>
public sealed class OperatorDirectory(IServiceScopeFactory scopes, ILogger<OperatorDirectory> logger)
{
    public const string LastAdministrator = "LastAdministrator";
    public const string UserNotFound = "UserNotFound";
    public const string RoleUnknown = "RoleUnknown";

    public async Task<IReadOnlyList<OperatorSummary>> ListAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var list = await users.Users.OrderBy(u => u.UserName).ToListAsync();
        var summaries = new List<OperatorSummary>(list.Count);
        foreach (var user in list)
        {
            var roles = await users.GetRolesAsync(user);
            summaries.Add(new OperatorSummary(user.Id, user.UserName ?? user.Id, [.. roles.Order(StringComparer.Ordinal)], user.MustChangePassword, await users.IsLockedOutAsync(user)));
        }

        return summaries;
    }

    public async Task<DirectoryResult> CreateAsync(string userName, IReadOnlyCollection<string> roles, string changedBy)
    {
        if (roles.Any(r => !Roles.IsKnown(r)))
        {
            return DirectoryResult.Failed(RoleUnknown);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var password = AdministratorBootstrap.NewOneTimePassword();
        var user = new OperatorUser { UserName = userName.Trim(), MustChangePassword = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return DirectoryResult.Failed([.. created.Errors.Select(e => e.Code)]);
        }

        var added = await users.AddToRolesAsync(user, roles);
        if (!added.Succeeded)
        {
            return DirectoryResult.Failed([.. added.Errors.Select(e => e.Code)]);
        }

        IdentityLog.UserChanged(logger, user.UserName, "created with roles " + string.Join(", ", roles), changedBy);
        return new DirectoryResult([], password);
    }

    public async Task<DirectoryResult> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, string changedBy)
    {
        if (roles.Any(r => !Roles.IsKnown(r)))
        {
            return DirectoryResult.Failed(RoleUnknown);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return DirectoryResult.Failed(UserNotFound);
        }

        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Administrator) && !roles.Contains(Roles.Administrator) && await IsLastAdministratorAsync(users))
        {
            return DirectoryResult.Failed(LastAdministrator);
        }

        var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
        var added = await users.AddToRolesAsync(user, roles.Except(current));
        var errors = removed.Errors.Concat(added.Errors).Select(e => e.Code).ToList();
        if (errors.Count == 0)
        {
            // A new stamp makes the user's open sessions revalidate and pick up the new roles.
            await users.UpdateSecurityStampAsync(user);
            IdentityLog.UserChanged(logger, user.UserName ?? userId, "given roles " + string.Join(", ", roles), changedBy);
        }

        return new DirectoryResult(errors);
    }

    public async Task<DirectoryResult> ResetPasswordAsync(string userId, string changedBy)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return DirectoryResult.Failed(UserNotFound);
        }

        var password = AdministratorBootstrap.NewOneTimePassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return DirectoryResult.Failed([.. reset.Errors.Select(e => e.Code)]);
        }

        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        IdentityLog.UserChanged(logger, user.UserName ?? userId, "given a one-time password", changedBy);
        return new DirectoryResult([], password);
    }

    public async Task<DirectoryResult> RemoveAsync(string userId, string changedBy)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return DirectoryResult.Failed(UserNotFound);
        }

        if (await users.IsInRoleAsync(user, Roles.Administrator) && await IsLastAdministratorAsync(users))
        {
            return DirectoryResult.Failed(LastAdministrator);
        }

        var deleted = await users.DeleteAsync(user);
        if (deleted.Succeeded)
        {
            IdentityLog.UserChanged(logger, user.UserName ?? userId, "removed", changedBy);
        }

        return new DirectoryResult([.. deleted.Errors.Select(e => e.Code)]);
    }

    private static UserManager<OperatorUser> Users(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<UserManager<OperatorUser>>();

    private static async Task<bool> IsLastAdministratorAsync(UserManager<OperatorUser> users) =>
        (await users.GetUsersInRoleAsync(Roles.Administrator)).Count <= 1;
}
