using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Localization;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Web.Api.Contracts;
using OpenPrepaid.Web.Jobs;
using OpenPrepaid.Web.Resources;

namespace OpenPrepaid.Web.Api;

/// <summary>Read jobs: start a read of some or all meters, poll its progress, fetch its result, cancel it.</summary>
internal static class ReadJobEndpoints
{
    public static void MapReadJobEndpoints(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/read-jobs").WithTags("Read jobs");
        jobs.MapPost("/", StartAsync).WithSummary("Starts reading the listed meters, or all meters; returns 202 with the job to poll.");
        jobs.MapGet("/{id:guid}", Progress).WithSummary("Returns the job's state and the meters finished so far.");
        jobs.MapGet("/{id:guid}/result", Result).WithSummary("Returns every meter's result once the job has finished; 409 while it runs.");
        jobs.MapDelete("/{id:guid}", Cancel).WithSummary("Cancels a running job; meters already read keep their results.");
    }

    private static async Task<IResult> StartAsync(
        ReadJobRequest? request,
        ClaimsPrincipal user,
        ReadService reads,
        IMeterStore meters,
        JobRegistry<MeterReadReport> registry,
        IStringLocalizer<ApiText> text,
        CancellationToken cancellationToken)
    {
        var serials = request?.Serials?.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList() ?? [];
        var all = request?.All == true;
        if (all == serials.Count > 0)
        {
            return RuleProblems.BadField(text, "serials", text["Expected_ReadSelection"]);
        }

        var total = all ? (await meters.ListAsync(cancellationToken)).Count : serials.Count;
        var job = registry.Start(user.Identity!.Name!, total, async (report, ct) =>
        {
            var results = all ? reads.ReadAllAsync(ct) : reads.ReadAsync(serials, ct);
            await foreach (var item in results.WithCancellation(ct))
            {
                report(item, item.Total);
            }

            return null;
        });

        var body = JobResponse<SnapshotResponse>.From(job, Map);
        return Results.Accepted($"/api/read-jobs/{job.Id}", body);
    }

    private static IResult Progress(Guid id, JobRegistry<MeterReadReport> registry, IStringLocalizer<ApiText> text) =>
        registry.Find(id) is { } job
            ? Results.Ok(JobResponse<SnapshotResponse>.From(job, Map))
            : RuleProblems.NotFound(text, text["ReadJob"], id.ToString());

    private static IResult Result(Guid id, JobRegistry<MeterReadReport> registry, IStringLocalizer<ApiText> text)
    {
        if (registry.Find(id) is not { } job)
        {
            return RuleProblems.NotFound(text, text["ReadJob"], id.ToString());
        }

        var response = JobResponse<SnapshotResponse>.From(job, Map);
        return response.State == JobState.Running
            ? ApiProblems.Problem(StatusCodes.Status409Conflict, "job-running", text["JobRunning_Title"], text["JobRunning_Detail", response.Completed, response.Total, $"/api/read-jobs/{id}"])
            : Results.Ok(response);
    }

    private static IResult Cancel(Guid id, JobRegistry<MeterReadReport> registry, IStringLocalizer<ApiText> text) =>
        registry.Cancel(id) ? Results.Accepted($"/api/read-jobs/{id}") : RuleProblems.NotFound(text, text["ReadJob"], id.ToString());

    private static SnapshotResponse Map(MeterReadReport report) => SnapshotResponse.From(report.Snapshot, CultureInfo.CurrentCulture);
}
