using OpenPrepaid.Web.Jobs;

namespace OpenPrepaid.Web.Api.Contracts;

/// <summary>A background job and the per-meter results it has so far.</summary>
/// <param name="Message">Why the job failed or was refused, when it was.</param>
public sealed record JobResponse<TResult>(
    Guid Id,
    JobState State,
    string StartedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    int Completed,
    int Total,
    string? Message,
    IReadOnlyList<TResult> Results)
{
    public static JobResponse<TResult> From<TReport>(OperationJob<TReport> job, Func<TReport, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(job);

        // The state is read first: a job marked finished has added every report, so the list is then complete.
        var state = job.State;
        var finishedAt = job.FinishedAt;
        var message = job.Message;
        var reports = job.Reports();
        return new JobResponse<TResult>(
            job.Id, state, job.StartedBy, job.StartedAt, finishedAt, reports.Count, job.Total, message, reports.Select(map).ToList());
    }
}
