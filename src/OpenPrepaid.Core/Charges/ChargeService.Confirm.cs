using System.Globalization;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Core.Logging;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Charges;

public sealed partial class ChargeService
{
    /// <summary>
    /// Carries out a confirmed charge. A request whose idempotency key was seen before returns the first
    /// request's result and sends nothing.
    /// </summary>
    public async Task<ChargeOutcome> ConfirmAsync(ChargeRequest request, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.MeterSerial);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Operator);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.IdempotencyKey);

        if (ChargeRules.CheckAmount(request.Amount) is { } amountViolation)
        {
            return Cancelled(amountViolation, culture);
        }

        if (await _charges.FindByIdempotencyKeyAsync(request.IdempotencyKey, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return Repeated(request, existing, culture);
        }

        var meter = await _meters.FindAsync(request.MeterSerial, cancellationToken).ConfigureAwait(false);
        if (meter is null)
        {
            return Cancelled(new RuleViolation(RuleCode.MeterNotFound, request.MeterSerial), culture);
        }

        using var lease = await _gate.AcquireAsync(meter.ChannelIdentity, cancellationToken).ConfigureAwait(false);
        await using var session = await OpenSessionAsync(meter, cancellationToken).ConfigureAwait(false);
        var before = await ReadFreshAsync(meter, session, cancellationToken).ConfigureAwait(false);
        if (await CheckBeforeSendingAsync(meter, before, request.Amount, cancellationToken).ConfigureAwait(false) is { } violation)
        {
            CoreLog.ChargeCancelled(_logger, meter.Serial, violation.ToString());
            return Cancelled(violation, culture);
        }

        var reading = before.Reading!;
        var sequence = Math.Max(meter.LastTokenSequence, reading.TokenSequence ?? 0) + 1;
        var charge = new Charge(
            Guid.CreateVersion7(), request.IdempotencyKey, meter.Serial, request.Operator, request.Amount, reading.Balance!.Value, sequence, _time.GetUtcNow());
        var pendingEntry = new JournalEntry(
            charge.CreatedAt, charge.Operator, meter.Serial, JournalEntryKind.ChargePending, ChargeJournalText.Request(charge), null, charge.BalanceBefore, null, charge.Id);

        var added = await _charges.AddPendingAsync(charge, pendingEntry, cancellationToken).ConfigureAwait(false);
        if (added.Status != AddPendingStatus.Added)
        {
            return NotAdded(request, meter, added, culture);
        }

        CoreLog.ChargePending(_logger, meter.Serial, charge.Id, charge.Amount, sequence, charge.Operator);
        var readBack = await DeliverAsync(charge, session, cancellationToken).ConfigureAwait(false);
        return await SaveOutcomeAsync(charge, readBack, culture).ConfigureAwait(false);
    }

    /// <summary>Sends the token and moves the Pending charge to its outcome; returns the read-back snapshot, if any.</summary>
    private async Task<MeterSnapshot?> DeliverAsync(Charge charge, MeterSession session, CancellationToken cancellationToken)
    {
        charge.MarkSent(_time.GetUtcNow());
        TopUpResult result;
        try
        {
            result = await WithDeadlineAsync(
                charge.MeterSerial,
                ct => _driver.TopUpAsync(session.Access!, session.Connection!, charge.TokenSequence, charge.Amount, ct),
                cancellationToken).ConfigureAwait(false);
        }
        catch (TopUpOutcomeUnknownException exception)
        {
            charge.MarkUnknown("response lost after sending: " + exception.Message);
            return null;
        }
        catch (MeterExchangeException exception) when (exception is not MeterDeadlineException)
        {
            // The driver promises that this failure left the token undelivered.
            charge.Reject(null, null, "not delivered: " + exception.Message, _time.GetUtcNow());
            return null;
        }
        catch (Exception exception)
        {
            // The per-meter deadline, the caller's cancellation or a driver fault: the token may have been sent.
            charge.MarkUnknown("stopped while sending: " + exception.Message);
            return null;
        }

        var readBack = await ReadBackAsync(charge.MeterSerial, session).ConfigureAwait(false);
        var balanceAfter = readBack?.Reading?.Balance ?? result.BalanceAfter;
        var detail = ChargeJournalText.Response(result, balanceAfter);
        if (result.Status == TokenStatusCode.ExecutionOk)
        {
            charge.Apply(balanceAfter, result.Status, detail, _time.GetUtcNow());
        }
        else if (result.Status.IsFailure())
        {
            charge.Reject(balanceAfter, result.Status, detail, _time.GetUtcNow());
        }
        else
        {
            charge.MarkUnknown("the meter has not finished processing the token: " + detail);
        }

        return readBack;
    }

    /// <summary>Reads the meter after the token; a failure here does not change the charge's outcome.</summary>
    private async Task<MeterSnapshot?> ReadBackAsync(string serial, MeterSession session)
    {
        try
        {
            // The meter has responded to the token, so the read-back runs to its deadline even if the caller gives up.
            var reading = await WithDeadlineAsync(
                serial, ct => _driver.ReadSnapshotAsync(session.Access!, session.Connection!, ct), CancellationToken.None)
                .ConfigureAwait(false);
            var snapshot = MeterSnapshot.Ok(serial, _time.GetUtcNow(), reading);
            await _snapshots.SaveAsync(snapshot, CancellationToken.None).ConfigureAwait(false);
            return snapshot;
        }
        catch (MeterExchangeException exception)
        {
            CoreLog.MeterExchangeFailed(_logger, serial, session.Connection!.Channel.ToString(), exception.Kind.ToString(), exception.Message);
            return null;
        }
    }

    private async Task<ChargeOutcome> SaveOutcomeAsync(Charge charge, MeterSnapshot? readBack, CultureInfo culture)
    {
        var now = _time.GetUtcNow();
        var (kind, response) = charge.State switch
        {
            ChargeState.Applied => (JournalEntryKind.ChargeApplied, charge.Message),
            ChargeState.Rejected => (JournalEntryKind.ChargeRejected, charge.Message),
            _ => (JournalEntryKind.ChargeUnknown, charge.Message),
        };
        var entry = new JournalEntry(
            now, charge.Operator, charge.MeterSerial, kind, ChargeJournalText.Request(charge), response, charge.BalanceBefore, charge.BalanceAfter, charge.Id);

        // The outcome is saved even if the caller has gone: the meter has already acted on the token.
        if (!await _charges.SaveAsync(charge, ChargeState.Pending, [entry], CancellationToken.None).ConfigureAwait(false))
        {
            var stored = await _charges.FindAsync(charge.Id, CancellationToken.None).ConfigureAwait(false);
            return OutcomeOf(stored ?? charge, culture, wasAlreadySubmitted: false) with { Snapshot = readBack };
        }

        if (charge.State == ChargeState.Unknown)
        {
            CoreLog.ChargeOutcomeUnknown(_logger, charge.MeterSerial, charge.Id, charge.Message ?? string.Empty);
        }
        else
        {
            CoreLog.ChargeFinished(_logger, charge.MeterSerial, charge.Id, charge.State.ToString(), charge.Message ?? string.Empty);
        }

        return OutcomeOf(charge, culture, wasAlreadySubmitted: false) with { Snapshot = readBack };
    }

    private ChargeOutcome Repeated(ChargeRequest request, Charge existing, CultureInfo culture)
    {
        if (existing.MeterSerial != request.MeterSerial || existing.Amount != request.Amount)
        {
            var violation = new RuleViolation(RuleCode.IdempotencyKeyReused, request.IdempotencyKey, existing.MeterSerial, existing.Amount);
            return new ChargeOutcome(ChargeOutcomeStatus.Conflict, violation.Describe(culture), violation.Code, existing);
        }

        CoreLog.ChargeDuplicate(_logger, existing.MeterSerial, request.IdempotencyKey, existing.Id);
        return OutcomeOf(existing, culture, wasAlreadySubmitted: true);
    }

    private ChargeOutcome NotAdded(ChargeRequest request, Meter meter, AddPendingResult added, CultureInfo culture) => added.Status switch
    {
        AddPendingStatus.DuplicateKey => Repeated(request, added.Existing!, culture),
        AddPendingStatus.MeterBusy => Cancelled(Unsettled(added.Existing!), culture),
        AddPendingStatus.MeterNotFound => Cancelled(new RuleViolation(RuleCode.MeterNotFound, meter.Serial), culture),
        _ => Cancelled(new RuleViolation(RuleCode.ChargeRaced, meter.Serial), culture),
    };

    private static ChargeOutcome Cancelled(RuleViolation violation, CultureInfo culture) =>
        new(ChargeOutcomeStatus.Cancelled, violation.Describe(culture), violation.Code, null);

    /// <summary>Describes a stored charge's state to the operator.</summary>
    private static ChargeOutcome OutcomeOf(Charge charge, CultureInfo culture, bool wasAlreadySubmitted)
    {
        if (wasAlreadySubmitted)
        {
            var repeat = new RuleViolation(RuleCode.ChargeAlreadySubmitted, Resources.LocalizedName.Of(charge.State));
            return new ChargeOutcome(StatusOf(charge.State), repeat.Describe(culture), repeat.Code, charge, null, true);
        }

        var violation = charge.State switch
        {
            ChargeState.Applied => new RuleViolation(
                RuleCode.ChargeApplied, charge.MeterSerial, charge.Amount, (object?)charge.BalanceAfter ?? "?"),
            ChargeState.Rejected when charge.TokenStatus is null => new RuleViolation(
                RuleCode.ChargeNotDelivered, charge.MeterSerial, charge.Message ?? string.Empty),
            ChargeState.Rejected => new RuleViolation(RuleCode.ChargeRejected, charge.MeterSerial, charge.Message ?? string.Empty),
            _ => new RuleViolation(RuleCode.ChargeOutcomeUnknown, charge.MeterSerial),
        };
        return new ChargeOutcome(StatusOf(charge.State), violation.Describe(culture), violation.Code, charge);
    }

    private static ChargeOutcomeStatus StatusOf(ChargeState state) => state switch
    {
        ChargeState.Applied => ChargeOutcomeStatus.Applied,
        ChargeState.Rejected => ChargeOutcomeStatus.Rejected,
        ChargeState.Unknown => ChargeOutcomeStatus.Unknown,
        _ => ChargeOutcomeStatus.Pending,
    };
}
