namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>
/// Result of a settings write: applied, or rejected with the reason (a value out of range, a price that does not
/// fit). A rejected write changes nothing.
/// </summary>
public readonly record struct WriteResult(bool IsApplied, string? Rejection)
{
    public static WriteResult Applied { get; } = new(true, null);

    public static WriteResult Rejected(string reason) => new(false, reason);
}
