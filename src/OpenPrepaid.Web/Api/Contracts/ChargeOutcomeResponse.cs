using System.Globalization;
using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Web.Api.Contracts;

/// <summary>The result of confirming a charge.</summary>
/// <param name="Replayed">True when the Idempotency-Key matched an earlier request: this is that request's charge, and nothing was sent now.</param>
/// <param name="ReadBack">The meter as read back after the charge, when it could be read.</param>
public sealed record ChargeOutcomeResponse(
    ChargeOutcomeStatus Status,
    string Message,
    RuleCode Code,
    bool Replayed,
    ChargeResponse? Charge,
    SnapshotResponse? ReadBack)
{
    public static ChargeOutcomeResponse From(ChargeOutcome outcome, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(outcome);

        return new ChargeOutcomeResponse(
            outcome.Status,
            outcome.Message,
            outcome.Code,
            outcome.WasAlreadySubmitted,
            outcome.Charge is null ? null : ChargeResponse.From(outcome.Charge),
            outcome.Snapshot is null ? null : SnapshotResponse.From(outcome.Snapshot, culture));
    }
}
