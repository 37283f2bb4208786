namespace OpenPrepaid.Web.Jobs;

public enum JobState
{
    Running = 0,
    Completed = 1,
    Cancelled = 2,

    /// <summary>The job stopped on an error; <see cref="OperationJob{TReport}.Message"/> contains the error.</summary>
    Failed = 3,
}
