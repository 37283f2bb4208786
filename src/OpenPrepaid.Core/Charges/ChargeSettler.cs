using Microsoft.Extensions.Logging;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Core.Logging;
using OpenPrepaid.Core.Readings;

namespace OpenPrepaid.Core.Charges;

/// <summary>Settles a meter's Unknown charges from a fresh reading of it and journals each settlement.</summary>
internal sealed class ChargeSettler
{
    /// <summary>The journal's operator for settlements made by a read rather than by a person.</summary>
    public const string ReadOperator = "system (meter read)";

    private readonly IChargeStore _charges;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ChargeSettler(IChargeStore charges, TimeProvider time, ILogger logger)
    {
        _charges = charges;
        _time = time;
        _logger = logger;
    }

    public async Task SettleFromReadingAsync(string serial, MeterReading reading, CancellationToken cancellationToken)
    {
        var unknown = await _charges.ListUnknownAsync(serial, cancellationToken).ConfigureAwait(false);
        foreach (var charge in unknown)
        {
            var decision = ChargeSettlement.Decide(charge, reading);
            if (decision.Verdict == SettlementVerdict.Undecided)
            {
                continue;
            }

            var now = _time.GetUtcNow();
            var message = "settled by a read of the meter: " + decision.Reason;
            JournalEntryKind kind;
            if (decision.Verdict == SettlementVerdict.Applied)
            {
                charge.SettleApplied(reading.Balance, reading.LastTokenStatus, message, now);
                kind = JournalEntryKind.ChargeSettledApplied;
            }
            else
            {
                charge.SettleRejected(reading.Balance, reading.LastTokenStatus, message, now);
                kind = JournalEntryKind.ChargeSettledRejected;
            }

            // The balance after is the balance at the time of this read, so it may include consumption since the charge.
            var entry = new JournalEntry(
                now, ReadOperator, serial, kind, ChargeJournalText.Request(charge), message, charge.BalanceBefore, reading.Balance, charge.Id);
            if (await _charges.SaveAsync(charge, ChargeState.Unknown, [entry], cancellationToken).ConfigureAwait(false))
            {
                CoreLog.ChargeSettledLater(_logger, serial, charge.Id, charge.State.ToString(), decision.Reason);
            }
        }
    }
}
