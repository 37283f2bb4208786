namespace OpenPrepaid.Simulator.Faults;

/// <summary>A fault spec that cannot be used: the problem, the token at fault and, in the message, the accepted forms.</summary>
public sealed class FaultSpecException : FormatException
{
    public FaultSpecException(FaultSpecProblem problem, string token, string message)
        : base(message)
    {
        Problem = problem;
        Token = token;
    }

    public FaultSpecProblem Problem { get; }

    /// <summary>The part of the spec that is wrong, such as a rule or one argument of it.</summary>
    public string Token { get; }
}
