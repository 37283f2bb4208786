using System.Globalization;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Core.Logging;
using OpenPrepaid.Core.Resources;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Charges;

public sealed partial class ChargeService
{
    /// <summary>The journal's operator for charges marked Unknown by <see cref="RecoverInterruptedAsync"/>.</summary>
    public const string RecoveryOperator = "system (start-up recovery)";

    public Task<Charge?> FindAsync(Guid chargeId, CancellationToken cancellationToken) =>
        _charges.FindAsync(chargeId, cancellationToken);

    /// <summary>Lists charges newest first, of one meter or of all when <paramref name="meterSerial"/> is null.</summary>
    public Task<IReadOnlyList<Charge>> ListAsync(string? meterSerial, int limit, CancellationToken cancellationToken) =>
        _charges.ListAsync(meterSerial, limit, cancellationToken);

    /// <summary>
    /// Settles an Unknown charge by an operator's decision, for the case a read cannot decide (a token
    /// issued elsewhere came after it). The journal keeps who decided and why.
    /// </summary>
    public async Task<ChargeOutcome> SettleByOperatorAsync(
        Guid chargeId, bool applied, string operatorName, string note, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorName);
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        ArgumentNullException.ThrowIfNull(culture);

        var charge = await _charges.FindAsync(chargeId, cancellationToken).ConfigureAwait(false);
        if (charge is null)
        {
            var missing = new RuleViolation(RuleCode.ChargeNotFound, chargeId);
            return new ChargeOutcome(ChargeOutcomeStatus.Conflict, missing.Describe(culture), missing.Code, null);
        }

        if (charge.State != ChargeState.Unknown)
        {
            var settled = new RuleViolation(RuleCode.ChargeNotUnknown, chargeId, LocalizedName.Of(charge.State));
            return new ChargeOutcome(ChargeOutcomeStatus.Conflict, settled.Describe(culture), settled.Code, charge);
        }

        var now = _time.GetUtcNow();
        var message = $"settled by {operatorName}: {note}";
        if (applied)
        {
            charge.SettleApplied(null, null, message, now);
        }
        else
        {
            charge.SettleRejected(null, null, message, now);
        }

        var kind = applied ? JournalEntryKind.ChargeSettledApplied : JournalEntryKind.ChargeSettledRejected;
        var entry = new JournalEntry(now, operatorName, charge.MeterSerial, kind, ChargeJournalText.Request(charge), message, charge.BalanceBefore, null, charge.Id);
        if (!await _charges.SaveAsync(charge, ChargeState.Unknown, [entry], cancellationToken).ConfigureAwait(false))
        {
            var stored = await _charges.FindAsync(chargeId, cancellationToken).ConfigureAwait(false) ?? charge;
            var raced = new RuleViolation(RuleCode.ChargeNotUnknown, chargeId, LocalizedName.Of(stored.State));
            return new ChargeOutcome(ChargeOutcomeStatus.Conflict, raced.Describe(culture), raced.Code, stored);
        }

        CoreLog.ChargeSettledLater(_logger, charge.MeterSerial, charge.Id, charge.State.ToString(), message);
        return OutcomeOf(charge, culture, wasAlreadySubmitted: false);
    }

    /// <summary>
    /// Marks Unknown the charges left Pending by a process that stopped mid-charge, so that the next read
    /// of their meters settles them. Call it at start-up with an age well above
    /// <see cref="Channels.MeterExchangeOptions.MeterDeadline"/> times three (read, top-up, read-back), so
    /// no charge still in progress is touched. Returns how many were marked.
    /// </summary>
    public async Task<int> RecoverInterruptedAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        var cutoff = _time.GetUtcNow() - olderThan;
        var stale = await _charges.ListPendingCreatedBeforeAsync(cutoff, cancellationToken).ConfigureAwait(false);
        var marked = 0;
        foreach (var charge in stale)
        {
            charge.MarkUnknown("interrupted: the process stopped before the outcome was recorded");
            var entry = new JournalEntry(
                _time.GetUtcNow(), RecoveryOperator, charge.MeterSerial, JournalEntryKind.ChargeUnknown,
                ChargeJournalText.Request(charge), charge.Message, charge.BalanceBefore, null, charge.Id);
            if (await _charges.SaveAsync(charge, ChargeState.Pending, [entry], cancellationToken).ConfigureAwait(false))
            {
                CoreLog.ChargeInterrupted(_logger, charge.Id, charge.MeterSerial, charge.CreatedAt);
                marked++;
            }
        }

        return marked;
    }
}
