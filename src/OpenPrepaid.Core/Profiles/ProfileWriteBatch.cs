using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Profiles;

/// <summary>The results of a profile write per meter, or the violation that stopped it before any meter was touched.</summary>
public sealed record ProfileWriteBatch(RuleViolation? Violation, string? Message, IReadOnlyList<ProfileWriteResult> Results);
