using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace OpenPrepaid.Web.Identity;

/// <summary>
/// The form posts behind the sign-in, sign-out and change-password pages, and the language switch. They are
/// plain HTTP requests because the authentication cookie can only be set on a response, never over the
/// Blazor circuit. Failures redirect back to the page with an error code that the page shows in words.
/// </summary>
internal static class AccountEndpoints
{
    public const string LoginPath = "/account/login";
    public const string ChangePasswordPath = "/account/change-password";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/login", LoginAsync).AllowAnonymous();
        account.MapPost("/logout", LogoutAsync).RequireAuthorization();
        account.MapPost("/change-password", ChangePasswordAsync).RequireAuthorization();
        endpoints.MapGet("/culture/set", SetCulture).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> LoginAsync(
        [FromForm] string? userName,
        [FromForm] string? password,
        [FromForm] string? returnUrl,
        SignInManager<OperatorUser> signIn,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(AccountEndpoints));
        var target = LocalOrRoot(returnUrl);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return Results.LocalRedirect(WithQuery(LoginPath, "error", "missing", target, userName));
        }

        var result = await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            IdentityLog.SignInFailed(logger, userName, "locked out");
            return Results.LocalRedirect(WithQuery(LoginPath, "error", "locked", target, userName));
        }

        if (!result.Succeeded)
        {
            IdentityLog.SignInFailed(logger, userName, "wrong user name or password");
            return Results.LocalRedirect(WithQuery(LoginPath, "error", "invalid", target, userName));
        }

        IdentityLog.SignedIn(logger, userName);
        var user = await signIn.UserManager.FindByNameAsync(userName.Trim());
        return user is { MustChangePassword: true }
            ? Results.LocalRedirect(WithQuery(ChangePasswordPath, null, null, target, null))
            : Results.LocalRedirect(target);
    }

    private static async Task<IResult> LogoutAsync(SignInManager<OperatorUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect(LoginPath);
    }

    private static async Task<IResult> ChangePasswordAsync(
        [FromForm] string? currentPassword,
        [FromForm] string? newPassword,
        [FromForm] string? confirmPassword,
        [FromForm] string? returnUrl,
        HttpContext context,
        SignInManager<OperatorUser> signIn,
        ILoggerFactory loggers)
    {
        var target = LocalOrRoot(returnUrl);
        var user = await signIn.UserManager.GetUserAsync(context.User);
        if (user is null)
        {
            return Results.LocalRedirect(LoginPath);
        }

        if (string.IsNullOrEmpty(currentPassword) || string.IsNullOrEmpty(newPassword))
        {
            return Results.LocalRedirect(WithQuery(ChangePasswordPath, "error", "missing", target, null));
        }

        if (!string.Equals(newPassword, confirmPassword, StringComparison.Ordinal))
        {
            return Results.LocalRedirect(WithQuery(ChangePasswordPath, "error", "mismatch", target, null));
        }

        if (string.Equals(newPassword, currentPassword, StringComparison.Ordinal))
        {
            return Results.LocalRedirect(WithQuery(ChangePasswordPath, "error", "same", target, null));
        }

        var result = await signIn.UserManager.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            var codes = string.Join(",", result.Errors.Select(e => e.Code));
            return Results.LocalRedirect(WithQuery(ChangePasswordPath, "error", codes, target, null));
        }

        user.MustChangePassword = false;
        await signIn.UserManager.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        IdentityLog.PasswordChanged(loggers.CreateLogger(typeof(AccountEndpoints)), user.UserName ?? user.Id);
        return Results.LocalRedirect(target);
    }

    /// <summary>Stores the chosen language in the culture cookie for a year and returns to the page.</summary>
    private static IResult SetCulture(string? culture, string? redirectUri, HttpContext context)
    {
        var chosen = culture is "uk" ? "uk" : "en";
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureInfo.GetCultureInfo(chosen))),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return Results.LocalRedirect(LocalOrRoot(redirectUri));
    }

    /// <summary>Accepts only a local path as a return address, so a crafted link cannot send the operator elsewhere.</summary>
    private static string LocalOrRoot(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";

    private static string WithQuery(string path, string? name, string? value, string returnUrl, string? userName)
    {
        var query = new List<string>();
        if (name is not null && value is not null)
        {
            query.Add($"{name}={Uri.EscapeDataString(value)}");
        }

        if (returnUrl != "/")
        {
            query.Add("returnUrl=" + Uri.EscapeDataString(returnUrl));
        }

        if (!string.IsNullOrWhiteSpace(userName))
        {
            query.Add("userName=" + Uri.EscapeDataString(userName.Trim()));
        }

        return query.Count == 0 ? path : path + "?" + string.Join("&", query);
    }
}
