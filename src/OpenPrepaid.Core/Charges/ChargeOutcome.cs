using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Charges;

/// <summary>The result of confirming a charge.</summary>
/// <param name="Message">What happened, in the operator's language.</param>
/// <param name="Charge">The stored charge, or null when the request was cancelled before storing.</param>
/// <param name="Snapshot">The meter as read back after the charge, when it could be read.</param>
/// <param name="WasAlreadySubmitted">True when the idempotency key matched an earlier request and nothing was sent now.</param>
public sealed record ChargeOutcome(
    ChargeOutcomeStatus Status,
    string Message,
    RuleCode Code,
    Charge? Charge,
    MeterSnapshot? Snapshot = null,
    bool WasAlreadySubmitted = false);
