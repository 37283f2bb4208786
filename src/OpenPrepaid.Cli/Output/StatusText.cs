using System.Globalization;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;

namespace OpenPrepaid.Cli.Output;

/// <summary>The status column's text and the relay's words in the operator's language.</summary>
internal static class StatusText
{
    /// <summary>
    /// Returns "OK", "?" or the error in words. The driver writes its errors in English, so other languages get the
    /// kind of failure in their own words first and the driver's words in brackets after it.
    /// </summary>
    public static string Of(MeterSnapshot? snapshot, Messages messages)
    {
        ArgumentNullException.ThrowIfNull(messages);

        if (snapshot is null)
        {
            return Display.NotRead;
        }

        var text = snapshot.StatusText(messages.Culture);
        if (snapshot.Status != ReadStatus.Failed || messages.Culture.TwoLetterISOLanguageName == "en")
        {
            return text;
        }

        return Error(text, snapshot.FailureKind, messages);
    }

    /// <summary>An exchange error in words: as the driver wrote it in English, or after the kind of failure in another language.</summary>
    public static string Error(string error, MeterFailureKind? kind, Messages messages)
    {
        ArgumentNullException.ThrowIfNull(messages);

        if (messages.Culture.TwoLetterISOLanguageName == "en")
        {
            return error;
        }

        return $"{messages["Failure" + (kind ?? MeterFailureKind.Other)]} ({error})";
    }

    /// <summary>Returns the status for <c>--json</c>: "OK" or the driver's error in words, always in English.</summary>
    public static string Invariant(MeterSnapshot snapshot) => snapshot.StatusText(CultureInfo.InvariantCulture);

    /// <summary>Returns the relay state for <c>--json</c>: <c>connected</c>, <c>disconnected</c> or <c>ready</c> (for reconnection).</summary>
    public static string? RelayName(RelayControlState? state) => state switch
    {
        RelayControlState.Connected => "connected",
        RelayControlState.Disconnected => "disconnected",
        RelayControlState.ReadyForReconnection => "ready",
        _ => null,
    };

    public static string Relay(RelayControlState? state, Messages messages) =>
        state is { } known ? messages["Relay" + known] : Display.Missing;
}
