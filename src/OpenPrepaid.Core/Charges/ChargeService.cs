using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using OpenPrepaid.Core.Channels;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Logging;
using OpenPrepaid.Core.Money;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Charges;

/// <summary>
/// Tops up and writes off meters in two steps. <see cref="PrepareAsync"/> checks the amount against a
/// freshly read balance and returns what the operator confirms; <see cref="ConfirmAsync"/> stores the
/// charge as Pending before anything is sent, delivers the token, reads the meter back and settles the
/// charge. A lost response leaves it Unknown until a read of the meter settles it, and nothing is ever resent.
/// </summary>
public sealed partial class ChargeService
{
    private readonly IMeterDriver _driver;
    private readonly IMeterStore _meters;
    private readonly IChargeStore _charges;
    private readonly ISnapshotStore _snapshots;
    private readonly ISecretProtector _protector;
    private readonly ChannelGate _gate;
    private readonly MeterExchangeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ChargeService> _logger;
    private readonly ChargeSettler _settler;

    public ChargeService(
        IMeterDriver driver,
        IMeterStore meters,
        IChargeStore charges,
        ISnapshotStore snapshots,
        ISecretProtector protector,
        ChannelGate gate,
        MeterExchangeOptions options,
        TimeProvider time,
        ILogger<ChargeService> logger)
    {
        _driver = driver;
        _meters = meters;
        _charges = charges;
        _snapshots = snapshots;
        _protector = protector;
        _gate = gate;
        _options = options;
        _time = time;
        _logger = logger;
        _settler = new ChargeSettler(charges, time, logger);
    }

    /// <summary>
    /// Parses and checks <paramref name="amountText"/>, reads the meter's balance and checks the balance
    /// that would result. Nothing is stored except the snapshot read, and nothing is sent.
    /// </summary>
    public async Task<ChargePreparation> PrepareAsync(
        string serial,
        string amountText,
        CultureInfo culture,
        string operatorName,
        string idempotencyKey,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serial);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorName);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);

        var parsed = AmountParser.Parse(amountText, culture);
        if (!parsed.IsValid)
        {
            return Invalid(parsed.Violation!, culture);
        }

        if (ChargeRules.CheckAmount(parsed.Value) is { } amountViolation)
        {
            return Invalid(amountViolation, culture);
        }

        if (await _charges.FindByIdempotencyKeyAsync(idempotencyKey, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            var message = new RuleViolation(RuleCode.ChargeAlreadySubmitted, Resources.LocalizedName.Of(existing.State)).Describe(culture);
            return new ChargePreparation(ChargePreparationStatus.AlreadySubmitted, null, null, message, existing);
        }

        var meter = await _meters.FindAsync(serial, cancellationToken).ConfigureAwait(false);
        if (meter is null)
        {
            return Invalid(new RuleViolation(RuleCode.MeterNotFound, serial), culture);
        }

        using var lease = await _gate.AcquireAsync(meter.ChannelIdentity, cancellationToken).ConfigureAwait(false);
        await using var session = await OpenSessionAsync(meter, cancellationToken).ConfigureAwait(false);
        var snapshot = await ReadFreshAsync(meter, session, cancellationToken).ConfigureAwait(false);
        if (await CheckBeforeSendingAsync(meter, snapshot, parsed.Value, cancellationToken).ConfigureAwait(false) is { } violation)
        {
            CoreLog.ChargeCancelled(_logger, serial, violation.ToString());
            return Invalid(violation, culture);
        }

        var balance = snapshot.Reading!.Balance!.Value;
        var proposal = new ChargeProposal(
            serial, balance, snapshot.Reading.Currency, parsed.Value, balance + parsed.Value, snapshot.ReadAt, operatorName, idempotencyKey);
        return new ChargePreparation(ChargePreparationStatus.Ready, proposal, null, null, null);
    }

    private static ChargePreparation Invalid(RuleViolation violation, CultureInfo culture) =>
        new(ChargePreparationStatus.Invalid, null, violation, violation.Describe(culture), null);

    /// <summary>Opens the meter's channel for one workflow step; a failure is kept and reported by the first read.</summary>
    private async Task<MeterSession> OpenSessionAsync(Meter meter, CancellationToken cancellationToken)
    {
        try
        {
            var access = meter.ToAccess(_protector);
            var connection = await WithDeadlineAsync(meter.Serial, ct => _driver.OpenAsync(meter.Channel, ct), cancellationToken)
                .ConfigureAwait(false);
            return new MeterSession(access, connection, null, _logger);
        }
        catch (MeterExchangeException exception)
        {
            return new MeterSession(null, null, exception, _logger);
        }
        catch (CryptographicException exception)
        {
            CoreLog.CredentialsUnreadable(_logger, meter.Serial, exception);
            var failure = new MeterExchangeException(
                meter.Serial, MeterFailureKind.Other, "stored credentials cannot be decrypted: enter the password and token key again", exception);
            return new MeterSession(null, null, failure, _logger);
        }
    }

    /// <summary>Reads the meter, stores the snapshot and settles its Unknown charges from it.</summary>
    private async Task<MeterSnapshot> ReadFreshAsync(Meter meter, MeterSession session, CancellationToken cancellationToken)
    {
        MeterSnapshot snapshot;
        if (session.Failure is { } openFailure)
        {
            snapshot = MeterSnapshot.Failed(meter.Serial, _time.GetUtcNow(), openFailure.Kind, openFailure.Message);
        }
        else
        {
            try
            {
                var reading = await WithDeadlineAsync(
                    meter.Serial, ct => _driver.ReadSnapshotAsync(session.Access!, session.Connection!, ct), cancellationToken)
                    .ConfigureAwait(false);
                snapshot = MeterSnapshot.Ok(meter.Serial, _time.GetUtcNow(), reading);
            }
            catch (MeterExchangeException exception)
            {
                snapshot = MeterSnapshot.Failed(meter.Serial, _time.GetUtcNow(), exception.Kind, exception.Message);
            }
        }

        await _snapshots.SaveAsync(snapshot, CancellationToken.None).ConfigureAwait(false);
        if (snapshot.Reading is { } fresh)
        {
            await _settler.SettleFromReadingAsync(meter.Serial, fresh, CancellationToken.None).ConfigureAwait(false);
        }

        return snapshot;
    }

    /// <summary>The checks made on a fresh read before a charge may be stored and sent.</summary>
    private async Task<RuleViolation?> CheckBeforeSendingAsync(Meter meter, MeterSnapshot snapshot, decimal amount, CancellationToken cancellationToken)
    {
        if (snapshot.Reading is not { } reading)
        {
            return new RuleViolation(RuleCode.MeterReadFailed, meter.Serial, snapshot.Error ?? string.Empty);
        }

        if (await _charges.FindUnsettledAsync(meter.Serial, cancellationToken).ConfigureAwait(false) is { } unsettled)
        {
            return Unsettled(unsettled);
        }

        if (reading.Balance is not { } balance)
        {
            return new RuleViolation(RuleCode.BalanceNotReported, meter.Serial);
        }

        return ChargeRules.CheckResultingBalance(balance, amount);
    }

    private static RuleViolation Unsettled(Charge charge) =>
        new(RuleCode.MeterHasUnsettledCharge, charge.MeterSerial, charge.Amount, charge.CreatedAt.UtcDateTime);

    /// <summary>Bounds one driver call by the per-meter deadline, turning the deadline into a timed-out failure.</summary>
    private async Task<T> WithDeadlineAsync<T>(string serial, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(_options.MeterDeadline, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await call(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MeterDeadlineException(serial, _options.MeterDeadline, exception);
        }
    }
}
