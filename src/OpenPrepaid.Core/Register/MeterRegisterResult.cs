using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Register;

/// <summary>The meter as saved, or the violations that stopped the save.</summary>
public sealed record MeterRegisterResult(Meter? Meter, IReadOnlyList<RuleViolation> Violations)
{
    public bool Succeeded => Meter is not null && Violations.Count == 0;
}
