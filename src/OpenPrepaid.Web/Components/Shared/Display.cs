using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Web.Resources;

namespace OpenPrepaid.Web.Components.Shared;

/// <summary>How the console shows values: money and energy in the operator's culture, a dash for what a meter does not report.</summary>
public static class Display
{
    public const string Missing = "—";

    public static string Money(decimal? value, string? currency = null) =>
        value is { } amount ? amount.ToString("N2", CultureInfo.CurrentCulture) + (currency is { Length: > 0 } ? " " + currency : string.Empty) : Missing;

    public static string Number(decimal? value, string format = "N3") =>
        value is { } number ? number.ToString(format, CultureInfo.CurrentCulture) : Missing;

    public static string Time(DateTimeOffset? value) =>
        value is { } time ? time.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : Missing;

    public static string Flag(bool? value, IStringLocalizer<Ui> text) =>
        value is { } flag ? text[flag ? "Common_Yes" : "Common_No"] : Missing;

    /// <summary>
    /// The status column: "?" before any exchange, "OK", or the error in words. The driver words its errors in
    /// English, so other languages show the kind of failure in their own words, with the driver's text as a tooltip.
    /// </summary>
    public static string Status(MeterSnapshot? snapshot, IStringLocalizer<Ui> text)
    {
        if (snapshot is null || snapshot.Status == ReadStatus.NotRead)
        {
            return "?";
        }

        if (snapshot.Status == ReadStatus.Ok)
        {
            return snapshot.StatusText(CultureInfo.CurrentUICulture);
        }

        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" || snapshot.FailureKind is null)
        {
            return snapshot.Error ?? text["Failure_Other"];
        }

        return text["Failure_" + snapshot.FailureKind];
    }

    public static string Relay(MeterReading? reading, IStringLocalizer<Ui> text) => RelayStateOf(reading) switch
    {
        RelayControlState.Connected => text["Relay_Connected"],
        RelayControlState.Disconnected => text["Relay_Disconnected"],
        RelayControlState.ReadyForReconnection => text["Relay_Ready"],
        _ => Missing,
    };

    /// <summary>The relay state from control_state, or from output_state when the meter reports only that.</summary>
    public static RelayControlState? RelayStateOf(MeterReading? reading) => reading switch
    {
        { RelayControlState: { } state } => state,
        { RelayConnected: true } => RelayControlState.Connected,
        { RelayConnected: false } => RelayControlState.Disconnected,
        _ => null,
    };
}
