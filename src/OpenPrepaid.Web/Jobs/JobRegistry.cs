using System.Collections.Concurrent;

namespace OpenPrepaid.Web.Jobs;

/// <summary>
/// Runs API jobs in the background and keeps them in memory for polling. The newest
/// <see cref="MaxFinishedJobs"/> finished jobs are kept; jobs do not survive a restart, but what they did
/// does (snapshots and the journal are stored as each meter finishes).
/// </summary>
public sealed partial class JobRegistry<TReport>(TimeProvider time, IHostApplicationLifetime lifetime, ILogger<JobRegistry<TReport>> logger)
{
    public const int MaxFinishedJobs = 100;

    private readonly ConcurrentDictionary<Guid, OperationJob<TReport>> _jobs = new();

    /// <param name="work">Runs the job, calling <c>report</c> for each finished meter; returns a message when it refused to start.</param>
    public OperationJob<TReport> Start(
        string startedBy, int total, Func<Action<TReport, int>, CancellationToken, Task<string?>> work)
    {
        ArgumentNullException.ThrowIfNull(work);

        var job = new OperationJob<TReport>(Guid.CreateVersion7(), startedBy, time.GetUtcNow(), total);
        _jobs[job.Id] = job;
        Prune();

        _ = Task.Run(() => RunAsync(job, work));
        return job;
    }

    public OperationJob<TReport>? Find(Guid id) => _jobs.GetValueOrDefault(id);

    /// <summary>Asks a running job to stop; meters already finished keep their results. Returns false for an unknown id.</summary>
    public bool Cancel(Guid id)
    {
        if (!_jobs.TryGetValue(id, out var job))
        {
            return false;
        }

        if (job.State == JobState.Running)
        {
            job.Cancellation.Cancel();
        }

        return true;
    }

    private async Task RunAsync(OperationJob<TReport> job, Func<Action<TReport, int>, CancellationToken, Task<string?>> work)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(job.Cancellation.Token, lifetime.ApplicationStopping);
        try
        {
            var refusal = await work(job.Add, linked.Token);
            job.Finish(refusal is null ? JobState.Completed : JobState.Failed, time.GetUtcNow(), refusal);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            job.Finish(JobState.Cancelled, time.GetUtcNow(), null);
        }
        catch (Exception exception)
        {
            JobFailed(logger, job.Id, exception);
            job.Finish(JobState.Failed, time.GetUtcNow(), exception.Message);
        }
    }

    private void Prune()
    {
        var finished = _jobs.Values.Where(j => j.State != JobState.Running).OrderByDescending(j => j.StartedAt).Skip(MaxFinishedJobs).ToList();
        foreach (var job in finished)
        {
            _jobs.TryRemove(job.Id, out _);
            job.Cancellation.Dispose();
        }
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Error, Message = "Job {JobId} failed")]
    private static partial void JobFailed(ILogger logger, Guid jobId, Exception exception);
}
