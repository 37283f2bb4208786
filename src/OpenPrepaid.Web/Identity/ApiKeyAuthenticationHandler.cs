using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenPrepaid.Web.Api;
using OpenPrepaid.Web.Resources;

namespace OpenPrepaid.Web.Identity;

/// <summary>Authenticates API clients by the <c>X-Api-Key</c> header; the key's role becomes the principal's role.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyService keys,
    IStringLocalizer<ApiText> text)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyService.HeaderName, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.VerifyAsync(values.ToString(), Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is malformed, unknown or revoked.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, "api:" + key.Name),
                new Claim(ClaimTypes.Role, key.Role),
                new Claim(OperatorClaims.ApiKeyId, key.Id.ToString()),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "unauthenticated", text["Unauthenticated_Title"], text["Unauthenticated_Detail", ApiKeyService.HeaderName]);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => WriteForbiddenAsync(Context, text);

    /// <summary>Writes 403 with the caller's roles and the roles the endpoint's policy admits.</summary>
    public static Task WriteForbiddenAsync(HttpContext context, IStringLocalizer<ApiText> text)
    {
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>()?.Policy;
        var needed = policy is null ? Roles.Administrator : string.Join(", ", Policies.RolesFor(policy));
        var held = string.Join(", ", context.User.FindAll(ClaimTypes.Role).Select(c => c.Value));
        return ApiProblems.WriteAsync(
            context, StatusCodes.Status403Forbidden, "forbidden", text["Forbidden_Title"],
            text["Forbidden_Detail", held.Length == 0 ? "-" : held, needed]);
    }
}
