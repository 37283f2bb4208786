namespace OpenPrepaid.Web.Jobs;

/// <summary>
/// A long operation started through the API (a read or a settings write) whose per-meter reports arrive
/// while it runs. Reports are appended under a lock and read as copies, so pollers never see a list change.
/// </summary>
public sealed class OperationJob<TReport>
{
    private readonly Lock _gate = new();
    private readonly List<TReport> _reports = [];

    internal OperationJob(Guid id, string startedBy, DateTimeOffset startedAt, int total)
    {
        Id = id;
        StartedBy = startedBy;
        StartedAt = startedAt;
        Total = total;
    }

    public Guid Id { get; }

    public string StartedBy { get; }

    public DateTimeOffset StartedAt { get; }

    public int Total { get; private set; }

    public JobState State { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>Why the job failed or was refused, in the words of the operator who started it.</summary>
    public string? Message { get; private set; }

    internal CancellationTokenSource Cancellation { get; } = new();

    public int Completed
    {
        get
        {
            lock (_gate)
            {
                return _reports.Count;
            }
        }
    }

    public IReadOnlyList<TReport> Reports()
    {
        lock (_gate)
        {
            return [.. _reports];
        }
    }

    internal void Add(TReport report, int total)
    {
        lock (_gate)
        {
            _reports.Add(report);
            Total = Math.Max(total, _reports.Count);
        }
    }

    internal void Finish(JobState state, DateTimeOffset at, string? message)
    {
        lock (_gate)
        {
            State = state;
            FinishedAt = at;
            Message = message;
        }
    }
}
