using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Charges;

/// <summary>The result of the first step of a charge: a proposal to confirm, or why there is none.</summary>
/// <param name="Message">The proposal's problem in the operator's language, or null when it is ready.</param>
public sealed record ChargePreparation(
    ChargePreparationStatus Status,
    ChargeProposal? Proposal,
    RuleViolation? Violation,
    string? Message,
    Charge? ExistingCharge);
