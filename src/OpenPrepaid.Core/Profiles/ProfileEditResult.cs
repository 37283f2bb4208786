using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Profiles;

/// <summary>The profile as saved, or the violations that stopped the save.</summary>
public sealed record ProfileEditResult(PrepaidProfile? Profile, IReadOnlyList<RuleViolation> Violations)
{
    public bool Succeeded => Profile is not null && Violations.Count == 0;
}
