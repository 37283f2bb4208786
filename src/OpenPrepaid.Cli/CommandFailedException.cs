namespace OpenPrepaid.Cli;

/// <summary>
/// Ends a command with an exit code and a message for the operator. Commands throw it from any depth;
/// the runner prints the message (and, with <c>--json</c>, an error document) and exits with the code.
/// </summary>
internal sealed class CommandFailedException : Exception
{
    public CommandFailedException(int exitCode, string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
        Code = code;
    }

    /// <summary>One of <see cref="ExitCodes"/>.</summary>
    public int ExitCode { get; }

    /// <summary>A stable name of the failure for scripts, such as <c>MeterNotFound</c> or <c>TopUpOutOfRange</c>.</summary>
    public string Code { get; }
}
