namespace OpenPrepaid.Simulator.Faults;

/// <summary>The faults of a fleet, in spec order: each meter gets its own copy of every rule that names it or <c>*</c>.</summary>
public sealed class FaultPlan
{
    public FaultPlan(IEnumerable<FaultAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        Assignments = [.. assignments];
    }

    public static FaultPlan Empty { get; } = new([]);

    public IReadOnlyList<FaultAssignment> Assignments { get; }

    /// <summary>Parses a spec such as <c>SIM00003=noanswer:2,SIM00007=close-before,*=delay:200ms</c>; see <see cref="FaultSpec"/>.</summary>
    public static FaultPlan Parse(string? spec) => FaultSpec.Parse(spec);

    /// <summary>The rules for one meter, in the order the spec gives them.</summary>
    public IReadOnlyList<FaultRule> RulesFor(string serialNumber) =>
        [.. Assignments.Where(assignment => assignment.AppliesTo(serialNumber)).Select(assignment => assignment.Rule)];

    /// <summary>Throws <see cref="FaultSpecException"/> when a rule names a serial number that is not in <paramref name="serialNumbers"/>.</summary>
    public void EnsureTargetsExist(IReadOnlyCollection<string> serialNumbers)
    {
        ArgumentNullException.ThrowIfNull(serialNumbers);
        var unknown = Assignments.FirstOrDefault(assignment => assignment.Target != FaultAssignment.EveryMeter && !serialNumbers.Contains(assignment.Target));
        if (unknown is null)
        {
            return;
        }

        var known = serialNumbers.Count == 0 ? "none" : $"{serialNumbers.Min(StringComparer.Ordinal)} to {serialNumbers.Max(StringComparer.Ordinal)}";
        throw new FaultSpecException(
            FaultSpecProblem.UnknownSerial,
            unknown.Target,
            $"Fault rule '{unknown}': no meter of the fleet has serial number '{unknown.Target}' (serial numbers: {known}).");
    }

    public override string ToString() => string.Join(",", Assignments);
}
