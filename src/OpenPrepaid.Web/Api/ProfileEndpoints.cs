using Microsoft.Extensions.Localization;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Rules;
using OpenPrepaid.Web.Api.Contracts;
using OpenPrepaid.Web.Identity;
using OpenPrepaid.Web.Resources;

namespace OpenPrepaid.Web.Api;

/// <summary>Saved prepaid profiles: list, get, create, edit and remove.</summary>
internal static class ProfileEndpoints
{
    public static void MapProfileEndpoints(this RouteGroupBuilder api)
    {
        var profiles = api.MapGroup("/profiles").WithTags("Profiles");
        profiles.MapGet("/", ListAsync).WithSummary("Lists the saved profiles by name.");
        profiles.MapGet("/{id:guid}", GetAsync).WithSummary("Returns one profile.");
        profiles.MapPost("/", CreateAsync).RequireAuthorization(Policies.Configure).WithSummary("Saves a new profile.");
        profiles.MapPut("/{id:guid}", EditAsync).RequireAuthorization(Policies.Configure).WithSummary("Changes a profile's name and settings.");
        profiles.MapDelete("/{id:guid}", RemoveAsync).RequireAuthorization(Policies.Configure).WithSummary("Removes a profile.");
    }

    private static async Task<IResult> ListAsync(ProfileService profiles, CancellationToken cancellationToken)
    {
        var list = await profiles.ListAsync(cancellationToken);
        return Results.Ok(list.Select(ProfileResponse.From));
    }

    private static async Task<IResult> GetAsync(Guid id, ProfileService profiles, IStringLocalizer<ApiText> text, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindAsync(id, cancellationToken);
        return profile is null ? RuleProblems.NotFound(text, text["Profile"], id.ToString()) : Results.Ok(ProfileResponse.From(profile));
    }

    private static async Task<IResult> CreateAsync(ProfileRequest? request, ProfileService profiles, IStringLocalizer<ApiText> text, CancellationToken cancellationToken)
    {
        if (request?.Settings is not { } settings)
        {
            return RuleProblems.BadField(text, "settings", text["Expected_Settings"]);
        }

        var result = await profiles.CreateAsync(request.Name ?? string.Empty, settings, cancellationToken);
        return result.Succeeded
            ? Results.Created($"/api/profiles/{result.Profile!.Id}", ProfileResponse.From(result.Profile))
            : RuleProblems.Unprocessable(result.Violations, text);
    }

    private static async Task<IResult> EditAsync(
        Guid id, ProfileRequest? request, ProfileService profiles, IStringLocalizer<ApiText> text, CancellationToken cancellationToken)
    {
        if (request?.Settings is not { } settings)
        {
            return RuleProblems.BadField(text, "settings", text["Expected_Settings"]);
        }

        var result = await profiles.EditAsync(id, request.Name ?? string.Empty, settings, cancellationToken);
        if (result.Violations.Any(v => v.Code == RuleCode.ProfileNotFound))
        {
            return RuleProblems.NotFound(text, text["Profile"], id.ToString());
        }

        return result.Succeeded ? Results.Ok(ProfileResponse.From(result.Profile!)) : RuleProblems.Unprocessable(result.Violations, text);
    }

    private static async Task<IResult> RemoveAsync(Guid id, ProfileService profiles, IStringLocalizer<ApiText> text, CancellationToken cancellationToken) =>
        await profiles.RemoveAsync(id, cancellationToken) ? Results.NoContent() : RuleProblems.NotFound(text, text["Profile"], id.ToString());
}
