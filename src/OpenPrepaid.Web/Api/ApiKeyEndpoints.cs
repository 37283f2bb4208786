using System.Security.Claims;
using Microsoft.Extensions.Localization;
using OpenPrepaid.Web.Api.Contracts;
using OpenPrepaid.Web.Identity;
using OpenPrepaid.Web.Resources;

namespace OpenPrepaid.Web.Api;

/// <summary>API keys, for administrators: list, create (the key is returned once) and revoke.</summary>
internal static class ApiKeyEndpoints
{
    public static void MapApiKeyEndpoints(this RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/api-keys").WithTags("API keys").RequireAuthorization(Policies.Administer);
        keys.MapGet("/", ListAsync).WithSummary("Lists the API keys, revoked ones included; never their secrets.");
        keys.MapPost("/", CreateAsync).WithSummary("Creates a key with a role and returns it once.");
        keys.MapDelete("/{id:guid}", RevokeAsync).WithSummary("Revokes a key; requests with it are refused from then on.");
    }

    private static async Task<IResult> ListAsync(ApiKeyService keys, CancellationToken cancellationToken)
    {
        var list = await keys.ListAsync(cancellationToken);
        return Results.Ok(list.Select(k => ApiKeyResponse.From(k)));
    }

    private static async Task<IResult> CreateAsync(
        ApiKeyRequest? request, ClaimsPrincipal user, ApiKeyService keys, ILoggerFactory loggers, IStringLocalizer<ApiText> text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.Name) || request.Name.Trim().Length > ApiKey.MaxNameLength)
        {
            return RuleProblems.BadField(text, "name", text["Expected_KeyName", ApiKey.MaxNameLength]);
        }

        if (request.Role is null || !Roles.IsKnown(request.Role))
        {
            return RuleProblems.BadField(text, "role", text["Expected_Role", request.Role ?? "", string.Join(", ", Roles.All)]);
        }

        var createdBy = user.Identity!.Name!;
        var created = await keys.CreateAsync(request.Name, request.Role, createdBy, cancellationToken);
        IdentityLog.ApiKeyCreated(loggers.CreateLogger(typeof(ApiKeyEndpoints)), created.Key.Id, created.Key.Name, created.Key.Role, createdBy);
        return Results.Created($"/api/api-keys/{created.Key.Id}", ApiKeyResponse.From(created.Key, created.Secret));
    }

    private static async Task<IResult> RevokeAsync(
        Guid id, ClaimsPrincipal user, ApiKeyService keys, ILoggerFactory loggers, IStringLocalizer<ApiText> text, CancellationToken cancellationToken)
    {
        if (!await keys.RevokeAsync(id, cancellationToken))
        {
            return RuleProblems.NotFound(text, text["ApiKey"], id.ToString());
        }

        IdentityLog.ApiKeyRevoked(loggers.CreateLogger(typeof(ApiKeyEndpoints)), id, user.Identity!.Name!);
        return Results.NoContent();
    }
}
