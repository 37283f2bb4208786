using System.Globalization;
using System.Net.Sockets;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Meters.Models;

namespace OpenPrepaid.Meters.Driver;

/// <summary>
/// Turns protocol failures into <see cref="MeterExchangeException"/>s whose message is the error in words for the
/// status column: "timed out", "connection refused", "association rejected: wrong password", "access denied",
/// "object missing", "protocol error".
/// </summary>
internal static class MeterFailures
{
    /// <summary>Maps a failure to open a channel; the serial is empty because it concerns the whole channel.</summary>
    public static MeterExchangeException ChannelFailed(ChannelEndpoint channel, DlmsException exception, TimeSpan connectTimeout)
    {
        if (exception is DlmsTimeoutException)
        {
            return new MeterExchangeException(
                string.Empty, MeterFailureKind.TimedOut, $"timed out: no connection to {channel} within {Seconds(connectTimeout)} s", exception);
        }

        if (exception.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return new MeterExchangeException(string.Empty, MeterFailureKind.ConnectionFailed, $"connection refused by {channel}", exception);
        }

        var reason = exception.InnerException?.Message ?? exception.Message;
        return new MeterExchangeException(string.Empty, MeterFailureKind.ConnectionFailed, $"connection to {channel} failed: {Sentence(reason)}", exception);
    }

    /// <summary>Maps a failure during an exchange with one meter.</summary>
    public static MeterExchangeException ExchangeFailed(string serial, DlmsException exception, int tries)
    {
        return exception switch
        {
            DlmsTimeoutException timeout => new MeterExchangeException(
                serial, MeterFailureKind.TimedOut, $"timed out: no response within {Seconds(timeout.Timeout)} s{Tries(tries)}", exception),
            DlmsTransportException => new MeterExchangeException(
                serial, MeterFailureKind.ConnectionLost, $"connection lost: {Sentence(exception.Message)}", exception),
            DlmsAssociationException association => new MeterExchangeException(
                serial, MeterFailureKind.AssociationRejected, "association rejected: " + Describe(association), exception),
            DlmsServiceException service => ServiceFailed(serial, service),
            DlmsProtocolException => new MeterExchangeException(
                serial, MeterFailureKind.ProtocolError, $"protocol error: {Sentence(exception.Message)}", exception),
            _ => new MeterExchangeException(serial, MeterFailureKind.Other, Sentence(exception.Message), exception),
        };
    }

    public static MeterExchangeException ServiceFailed(string serial, DlmsServiceException exception)
    {
        var denied = exception.AccessResult is DataAccessResult.ReadWriteDenied or DataAccessResult.ScopeOfAccessViolated
            || exception.ActionResult is ActionResult.ReadWriteDenied or ActionResult.ScopeOfAccessViolated;
        var text = denied ? "access denied: " + Sentence(exception.Message) : "the meter rejected the request: " + Sentence(exception.Message);
        return new MeterExchangeException(serial, MeterFailureKind.AccessDenied, text, exception);
    }

    /// <summary>A mandatory object or attribute that the meter reports undefined.</summary>
    public static MeterExchangeException ObjectMissing(string serial, PlannedAttribute attribute, MeterModel model) => new(
        serial,
        MeterFailureKind.ObjectMissing,
        $"object missing: the meter has no {attribute.Object.LogicalName} ({attribute.Object.Name}) attribute {attribute.Attribute.Index}, "
            + $"which model '{model.Name}' requires");

    /// <summary>A mandatory attribute that the meter would not return for another reason than a missing object.</summary>
    public static MeterExchangeException AttributeRejected(string serial, PlannedAttribute attribute, DataAccessResult result)
    {
        var words = DlmsServiceException.Describe(result);
        return result is DataAccessResult.ReadWriteDenied or DataAccessResult.ScopeOfAccessViolated
            ? new MeterExchangeException(serial, MeterFailureKind.AccessDenied, $"access denied: the meter returned {words} for {attribute}")
            : new MeterExchangeException(serial, MeterFailureKind.AccessDenied, $"the meter did not return {attribute}: {words}");
    }

    public static MeterExchangeException DeadlinePassed(string serial, TimeSpan duration, Exception exception) => new(
        serial, MeterFailureKind.TimedOut, $"timed out: the exchange took longer than {Seconds(duration)} s", exception);

    private static string Describe(DlmsAssociationException exception) => exception.Diagnostic.UserDiagnostic switch
    {
        AcseServiceUserDiagnostic.AuthenticationFailure => "wrong password",
        AcseServiceUserDiagnostic.AuthenticationRequired => "the meter requires a password for this client",
        AcseServiceUserDiagnostic.AuthenticationMechanismNameNotRecognised or AcseServiceUserDiagnostic.AuthenticationMechanismNameRequired =>
            "the meter does not accept this authentication for this client",
        _ when exception.InitiateError is { } error => $"{exception.Diagnostic} ({error})",
        _ => exception.Diagnostic.ToString(),
    };

    private static string Tries(int tries) => tries > 1 ? string.Create(CultureInfo.InvariantCulture, $", tried {tries} times") : string.Empty;

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Lower-cases the first letter and drops a final full stop, so a library message reads after a colon.</summary>
    private static string Sentence(string message)
    {
        var text = message.TrimEnd('.', ' ');
        if (text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]))
        {
            text = char.ToLowerInvariant(text[0]) + text[1..];
        }

        return text;
    }
}
