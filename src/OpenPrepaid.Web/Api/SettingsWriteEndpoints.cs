using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Localization;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Web.Api.Contracts;
using OpenPrepaid.Web.Identity;
using OpenPrepaid.Web.Jobs;
using OpenPrepaid.Web.Resources;

namespace OpenPrepaid.Web.Api;

/// <summary>Settings writes: write a saved profile to meters in the background and fetch the per-meter results.</summary>
internal static class SettingsWriteEndpoints
{
    public static void MapSettingsWriteEndpoints(this RouteGroupBuilder api)
    {
        var writes = api.MapGroup("/settings-writes").WithTags("Settings writes");
        writes.MapPost("/", StartAsync).RequireAuthorization(Policies.Configure)
            .WithSummary("Writes a saved profile to the listed meters; returns 202 with the job to poll.");
        writes.MapGet("/{id:guid}", Get)
            .WithSummary("Returns the write's state and, per meter, the field results and the fields that read back differently.");
    }

    private static async Task<IResult> StartAsync(
        SettingsWriteRequest? request,
        ClaimsPrincipal user,
        ProfileService profiles,
        JobRegistry<ProfileWriteResult> registry,
        IStringLocalizer<ApiText> text,
        CancellationToken cancellationToken)
    {
        if (request?.ProfileId is not { } profileId)
        {
            return RuleProblems.BadField(text, "profileId", text["Expected_ProfileId"]);
        }

        var serials = request.Meters?.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (serials.Count == 0)
        {
            return RuleProblems.BadField(text, "meters", text["Expected_Meters"]);
        }

        var profile = await profiles.FindAsync(profileId, cancellationToken);
        if (profile is null)
        {
            return RuleProblems.NotFound(text, text["Profile"], profileId.ToString());
        }

        var culture = CultureInfo.CurrentCulture;
        var operatorName = user.Identity!.Name!;
        var job = registry.Start(operatorName, serials.Count, async (report, ct) =>
        {
            var progress = new SynchronousProgress<ProfileWriteResult>(r => report(r, r.Total));
            var batch = await profiles.WriteAsync(ProfileChoice.Of(profile), serials, operatorName, culture, progress, ct);
            return batch.Message;
        });

        return Results.Accepted($"/api/settings-writes/{job.Id}", JobResponse<ProfileWriteResult>.From(job, r => r));
    }

    private static IResult Get(Guid id, JobRegistry<ProfileWriteResult> registry, IStringLocalizer<ApiText> text) =>
        registry.Find(id) is { } job
            ? Results.Ok(JobResponse<ProfileWriteResult>.From(job, r => r))
            : RuleProblems.NotFound(text, text["SettingsWrite"], id.ToString());
}
