using Microsoft.Extensions.Localization;
using OpenPrepaid.Web.Api;
using OpenPrepaid.Web.Resources;

namespace OpenPrepaid.Web.Identity;

/// <summary>
/// Middleware that lets an operator who still has a one-time password reach only the change-password page,
/// the sign-out, static files and the Blazor endpoints that page needs.
/// </summary>
internal static class PasswordChangeGate
{
    private static readonly string[] OpenPrefixes = ["/account/", "/culture/", "/_framework/", "/_blazor", "/_content/", "/openapi/"];

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path.Value ?? "/";
        var mustChange = context.User.HasClaim(OperatorClaims.MustChangePassword, "true");
        if (!mustChange || OpenPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)) || Path.HasExtension(path))
        {
            await next(context);
            return;
        }

        if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            var text = context.RequestServices.GetRequiredService<IStringLocalizer<ApiText>>();
            await ApiProblems.WriteAsync(context, StatusCodes.Status403Forbidden, "password-change-required", text["PasswordChange_Title"], text["PasswordChange_Detail"]);
            return;
        }

        context.Response.Redirect(AccountEndpoints.ChangePasswordPath + "?returnUrl=" + Uri.EscapeDataString(path + context.Request.QueryString));
    });
}
