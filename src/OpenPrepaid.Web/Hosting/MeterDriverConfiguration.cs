using System.Globalization;
using OpenPrepaid.Meters.Driver;

namespace OpenPrepaid.Web.Hosting;

/// <summary>Builds the DLMS driver's timeouts and retries from the <c>Meters</c> settings.</summary>
public static class MeterDriverConfiguration
{
    /// <summary>
    /// The response timeout of the demo when none is set. The slow demo meter responds to each request after 1.5 s, so
    /// the timeout must be longer than that, and the dead one costs this timeout once per attempt.
    /// </summary>
    public static readonly TimeSpan DemoResponseTimeout = TimeSpan.FromSeconds(2.5);

    /// <summary>Retries of the demo when none is set: with one, Read all waits at most 2 × 2.5 s for the dead meter.</summary>
    public const int DemoRetries = 1;

    /// <summary>
    /// Returns the driver options: the driver's defaults (5 s, 2 retries) for real meters, or shorter ones for the
    /// demo fleet on loopback, each replaced by a value set under <c>Meters</c>. Throws
    /// <see cref="InvalidOperationException"/> naming the key of a value that is out of range.
    /// </summary>
    public static DlmsMeterDriverOptions Read(IConfiguration configuration, bool demo)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var defaults = new DlmsMeterDriverOptions();
        var responseTimeout = demo ? DemoResponseTimeout : defaults.ResponseTimeout;
        var retries = demo ? DemoRetries : defaults.Retries;

        var options = defaults with
        {
            ResponseTimeout = Seconds(configuration, OpenPrepaidWebOptions.ResponseTimeoutSecondsKey, responseTimeout),
            ConnectTimeout = Seconds(configuration, OpenPrepaidWebOptions.ConnectTimeoutSecondsKey, defaults.ConnectTimeout),
            Retries = configuration.GetValue(OpenPrepaidWebOptions.RetriesKey, retries),
        };

        if (options.Retries is < 0 or > 10)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture, $"{OpenPrepaidWebOptions.RetriesKey} is {options.Retries}; expected 0 to 10."));
        }

        return options;
    }

    private static TimeSpan Seconds(IConfiguration configuration, string key, TimeSpan fallback)
    {
        var seconds = configuration.GetValue<decimal?>(key);
        if (seconds is null)
        {
            return fallback;
        }

        // At least a millisecond, and at most an hour: longer waits only hide a meter that never responds.
        if (seconds is < 0.001m or > 3600m)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture, $"{key} is {seconds}; expected 0.001 to 3600 seconds."));
        }

        return TimeSpan.FromMilliseconds((double)(seconds.Value * 1000m));
    }
}
