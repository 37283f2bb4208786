namespace OpenPrepaid.Cli;

/// <summary>Exit codes of every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command was valid but failed, such as a port that is in use.</summary>
    public const int Failure = 1;

    /// <summary>The command line was invalid: an unknown option, a value out of range, a bad fault spec.</summary>
    public const int InvalidInput = 2;
}
