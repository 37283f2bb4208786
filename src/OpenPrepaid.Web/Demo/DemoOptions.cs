using System.Globalization;
using OpenPrepaid.Web.Hosting;

namespace OpenPrepaid.Web.Demo;

/// <summary>Whether the console runs the demo fleet, and how fast and from which seed its meters run.</summary>
public sealed record DemoOptions
{
    public const int DefaultSpeed = 60;

    /// <summary>
    /// The fastest simulated clock allowed. The accelerated timestamp overflows after about 2^63 / speed ticks of
    /// the real one, which is 29 days of uptime at 3600 with nanosecond ticks.
    /// </summary>
    public const int MaxSpeed = 3600;

    public bool Enabled { get; init; }

    /// <summary>Simulated seconds per real second, 1 to <see cref="MaxSpeed"/>.</summary>
    public int Speed { get; init; } = DefaultSpeed;

    /// <summary>Seed of the fleet: the same seed gives the same passwords, keys and starting balances.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The real clock beneath the meters' accelerated one. Tests substitute a fake one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Integration step of the meters: one second, or one simulated minute per real second at higher speeds.</summary>
    public int StepSeconds => Math.Clamp(Speed / 60, 1, 60);

    /// <summary>
    /// Reads the <c>Demo</c> settings. Without <c>Demo:Enabled</c> the demo runs exactly when no connection string is
    /// set, so a first start with no configuration shows a working console. Throws
    /// <see cref="InvalidOperationException"/> naming the key of a value that is out of range or not a number.
    /// </summary>
    public static DemoOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // NOTE: an installation on the default SQLite database (no connection string) runs the demo too, and its
        // register gains the 25 demo meters, unless it sets Demo:Enabled to false.
        var connectionString = configuration.GetConnectionString(OpenPrepaidWebOptions.ConnectionStringName);
        var options = new DemoOptions
        {
            Enabled = configuration.GetValue<bool?>(OpenPrepaidWebOptions.DemoEnabledKey) ?? string.IsNullOrWhiteSpace(connectionString),
            Speed = configuration.GetValue(OpenPrepaidWebOptions.DemoSpeedKey, DefaultSpeed),
            Seed = configuration.GetValue<ulong>(OpenPrepaidWebOptions.DemoSeedKey, 1),
        };

        if (options.Speed is < 1 or > MaxSpeed)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"{OpenPrepaidWebOptions.DemoSpeedKey} is {options.Speed}; expected 1 to {MaxSpeed} simulated seconds per real second."));
        }

        return options;
    }
}
