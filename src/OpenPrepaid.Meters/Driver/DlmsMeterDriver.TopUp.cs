using System.Globalization;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Meters.Tokens;
using TokenStatusCode = OpenPrepaid.Core.Readings.TokenStatusCode;

namespace OpenPrepaid.Meters.Driver;

public sealed partial class DlmsMeterDriver
{
    /// <summary>
    /// Builds a token for the amount in the meter's minor units, signed with the meter's top-up key, enters it
    /// as the octet-string parameter of Token gateway enter, and reads token_status, the token, the sequence
    /// number and the balance back. The result is execution OK only when token_status reports it for this token;
    /// a successful ACTION alone proves nothing. A failure before the token left is a plain
    /// <see cref="MeterExchangeException"/>; any failure after it is a <see cref="TopUpOutcomeUnknownException"/>,
    /// and the token is never sent a second time.
    /// </summary>
    public Task<TopUpResult> TopUpAsync(
        MeterAccess meter, IMeterConnection connection, long tokenSequence, decimal amount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meter);
        CheckTopUp(meter, tokenSequence, amount);

        return RunAsync(meter, connection, "top-up", async (session, ct) =>
        {
            var enter = EnterMethod(session);
            var before = await session.ReadAsync([ModelAttributes.SerialNumber, ModelAttributes.Currency], ct).ConfigureAwait(false);
            SnapshotReader.CheckSerial(before, meter.Serial);
            var currency = Decode(meter, () => Currency.FromData(before[ModelAttributes.Currency], "Account currency"))
                ?? throw new MeterExchangeException(meter.Serial, MeterFailureKind.Other, "not sent: the meter's currency could not be read, so the amount cannot be scaled");
            if (!MoneyScaling.TryToScaled(amount, currency.Scale, out var minorUnits))
            {
                throw new MeterExchangeException(meter.Serial, MeterFailureKind.Other, string.Create(
                    CultureInfo.InvariantCulture, $"not sent: {amount} {currency.Name} is not a whole number of the meter's minor units (scale {currency.Scale})"));
            }

            var token = TokenCodec.Build(
                new TopUpToken(meter.Serial, (uint)tokenSequence, minorUnits, _options.TimeProvider.GetUtcNow()), meter.TokenKey.Span);
            DriverLog.TokenSending(_logger, meter.Serial, tokenSequence, amount);

            // From here on the token may be in the meter: a lost response is an unknown outcome, never a reason to resend.
            session.TokenSequence = tokenSequence;
            session.TokenOutcomePending = true;
            try
            {
                await session.Client.ActionAsync(enter, new OctetStringData(token), ct).ConfigureAwait(false);
            }
            catch (DlmsServiceException exception)
            {
                // The meter responded to the ACTION with an error, so it did not take the token.
                session.TokenOutcomePending = false;
                throw TokenRejected(meter.Serial, exception);
            }

            var after = await session.ReadAsync([.. TokenState.Attributes, ModelAttributes.AvailableCredit], ct).ConfigureAwait(false);
            var result = Decode(meter, () => Interpret(after, token, tokenSequence, currency));
            session.TokenOutcomePending = false;
            DriverLog.TokenProcessed(_logger, meter.Serial, tokenSequence, result.Status.Describe(), result.BalanceAfter);
            return result;
        },
        cancellationToken);
    }

    private static void CheckTopUp(MeterAccess meter, long tokenSequence, decimal amount)
    {
        if (tokenSequence is < 1 or > uint.MaxValue)
        {
            throw new MeterExchangeException(meter.Serial, MeterFailureKind.Other, string.Create(
                CultureInfo.InvariantCulture, $"not sent: token sequence {tokenSequence} is outside 1-{uint.MaxValue}, the range of the token's sequence field"));
        }

        if (!TokenCodec.IsValidSerial(meter.Serial))
        {
            throw new MeterExchangeException(meter.Serial, MeterFailureKind.Other, string.Create(
                CultureInfo.InvariantCulture, $"not sent: a token carries a serial of 1-{TokenCodec.MaxSerialLength} printable ASCII characters, and this serial is not one"));
        }

        if (amount == 0)
        {
            throw new MeterExchangeException(meter.Serial, MeterFailureKind.Other, "not sent: the amount is zero");
        }

        if (meter.TokenKey.Length != TokenCodec.KeyLength)
        {
            throw new MeterExchangeException(meter.Serial, MeterFailureKind.Other, string.Create(
                CultureInfo.InvariantCulture, $"not sent: the meter's top-up key has {meter.TokenKey.Length} bytes, not {TokenCodec.KeyLength}; enter it again in the register"));
        }
    }

    /// <summary>Token gateway enter of the model, when the model takes this project's tokens and this client may invoke it.</summary>
    private static CosemMethodDescriptor EnterMethod(DlmsMeterSession session)
    {
        var model = session.Map.Model;
        if (!string.Equals(model.TokenFormat, TokenFormats.BinaryHmacV1, StringComparison.Ordinal))
        {
            throw new MeterExchangeException(session.Serial, MeterFailureKind.Other, $"not sent: model '{model.Name}' takes no top-up tokens (token format '{model.TokenFormat}')");
        }

        var gateway = model.FindByKey(ModelAttributes.TokenGatewayKey);
        var method = gateway?.FindMethod(ModelAttributes.EnterMethod);
        if (gateway is null || method is null)
        {
            throw new MeterExchangeException(session.Serial, MeterFailureKind.ObjectMissing, $"not sent: model '{model.Name}' has no Token gateway with method enter");
        }

        if (!method.CanInvoke(session.Map.ClientSap))
        {
            throw new MeterExchangeException(
                session.Serial, MeterFailureKind.AccessDenied, $"access denied: client SAP {session.Map.ClientSap} may not enter tokens; use the management client");
        }

        return new CosemMethodDescriptor(gateway.ClassId, gateway.LogicalName, method.Index);
    }

    /// <summary>Decides the outcome from what the meter shows after the ACTION.</summary>
    private static TopUpResult Interpret(AttributeValues after, byte[] token, long sequence, Currency currency)
    {
        var balance = ValueReader.Scaled(after[ModelAttributes.AvailableCredit], new ScalerUnit(currency.Scale, CosemUnits.Currency), "Account available_credit");
        var lastToken = ValueReader.Octets(after[ModelAttributes.LastToken], "Token gateway token");
        var status = TokenStatusValue.FromData(after[ModelAttributes.TokenStatus], "Token gateway token_status");
        var accepted = ValueReader.Integer(after[ModelAttributes.LastTokenSequence], "last token sequence");

        if (lastToken is not null && lastToken.AsSpan().SequenceEqual(token))
        {
            if (status is not { } value)
            {
                return new TopUpResult(TokenStatusCode.ReceivedNotProcessed, balance, "the meter's token_status could not be read");
            }

            return new TopUpResult(value.Code, balance, value.Code.IsFailure() ? value.DescribeReasons() : null);
        }

        if (accepted == sequence)
        {
            // The meter accepted this sequence number, which only this token carries.
            return new TopUpResult(TokenStatusCode.ExecutionOk, balance);
        }

        return new TopUpResult(TokenStatusCode.ReceivedNotProcessed, balance, "the meter does not show the token just entered as its last token");
    }

    private static MeterExchangeException TokenRejected(string serial, DlmsServiceException exception)
    {
        var text = exception.ActionResult switch
        {
            // A meter returns type-unmatched when the token is not an octet-string of the packing it expects.
            ActionResult.TypeUnmatched => "token encoding not accepted by this meter (type-unmatched)",
            ActionResult.ReadWriteDenied or ActionResult.ScopeOfAccessViolated => "access denied: the meter rejected the token",
            { } result => $"the meter rejected the token: {DlmsServiceException.Describe(result)}",
            null => "the meter rejected the token: " + exception.Message,
        };
        return new MeterExchangeException(serial, MeterFailureKind.AccessDenied, text, exception);
    }
}
