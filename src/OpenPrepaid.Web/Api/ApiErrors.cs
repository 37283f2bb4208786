using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;
using OpenPrepaid.Web.Identity;
using OpenPrepaid.Web.Resources;

namespace OpenPrepaid.Web.Api;

/// <summary>
/// Turns failures outside the endpoints into problem details for API callers: malformed requests,
/// unhandled exceptions, and the cookie scheme's sign-in and access-denied redirects on /api paths.
/// </summary>
internal static class ApiErrors
{
    public static int StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static void DescribeUnhandled(ProblemDetailsContext context)
    {
        var exception = context.HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (exception is not BadHttpRequestException bad)
        {
            return;
        }

        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ApiText>>();
        context.ProblemDetails.Title = text["BadRequest_Title"];
        context.ProblemDetails.Detail = text["BadRequest_Detail", Inner(bad)];
        context.ProblemDetails.Type = ApiProblems.TypeBase + "bad-request";
        context.ProblemDetails.Extensions["code"] = "bad-request";
    }

    public static Task RedirectToLoginOrUnauthorized(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (!IsApi(context.Request))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ApiText>>();
        return ApiProblems.WriteAsync(
            context.HttpContext, StatusCodes.Status401Unauthorized, "unauthenticated", text["Unauthenticated_Title"], text["Unauthenticated_Detail", ApiKeyService.HeaderName]);
    }

    public static Task RedirectToDeniedOrForbidden(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (!IsApi(context.Request))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ApiText>>();
        return ApiKeyAuthenticationHandler.WriteForbiddenAsync(context.HttpContext, text);
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>The JSON reader's own message names the path and line of the bad value, so it is kept.</summary>
    private static string Inner(Exception exception) =>
        exception.InnerException is { } inner ? $"{exception.Message} {inner.Message}" : exception.Message;
}
