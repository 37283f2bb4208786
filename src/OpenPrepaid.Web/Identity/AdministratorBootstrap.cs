using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace OpenPrepaid.Web.Identity;

/// <summary>
/// Creates the roles, and on a first start with no users the user <c>admin</c> with a random one-time
/// password that must be changed at the first sign-in.
/// </summary>
internal static class AdministratorBootstrap
{
    public const string AdministratorUserName = "admin";

    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<OperatorUser>>();
        cancellationToken.ThrowIfCancellationRequested();
        if (users.Users.Any())
        {
            return;
        }

        var password = NewOneTimePassword();
        var admin = new OperatorUser { UserName = AdministratorUserName, MustChangePassword = true };
        Check(await users.CreateAsync(admin, password), "create user admin");
        Check(await users.AddToRoleAsync(admin, Roles.Administrator), "give user admin the administrator role");

        scope.ServiceProvider.GetRequiredService<IInitialPasswordNotice>().Publish(AdministratorUserName, password);
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdministratorBootstrap));
        IdentityLog.AdministratorCreated(logger, AdministratorUserName, Roles.Administrator);
    }

    /// <summary>Returns 20 characters from an alphabet without look-alikes, with at least one of each class Identity's defaults require.</summary>
    public static string NewOneTimePassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz";
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        const string symbols = "-_.!+";
        const string all = lower + upper + digits + symbols;

        var chars = new char[20];
        chars[0] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[1] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static void Check(IdentityResult result, string step)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {step}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
