namespace OpenPrepaid.Web.Hosting;

/// <summary>Configuration keys and defaults of the web host.</summary>
public static class OpenPrepaidWebOptions
{
    /// <summary>The console's address when nothing else is configured (appsettings.json sets it as <c>Urls</c>).</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Connection string name: PostgreSQL (<c>Host=...</c>) or SQLite (<c>Data Source=...</c>).</summary>
    public const string ConnectionStringName = "OpenPrepaid";

    /// <summary>Folder of the default SQLite database and the key ring; defaults to LocalApplicationData/OpenPrepaid.</summary>
    public const string DataFolderKey = "OpenPrepaid:DataFolder";

    /// <summary>Maximum meter channels read or written at once.</summary>
    public const string MaxParallelChannelsKey = "OpenPrepaid:MaxParallelChannels";

    /// <summary>Maximum seconds one meter may take, from opening its channel to the end of its exchange.</summary>
    public const string MeterDeadlineSecondsKey = "OpenPrepaid:MeterDeadlineSeconds";

    /// <summary>Seconds the meter driver waits for each response from a meter (each APDU, each HDLC frame).</summary>
    public const string ResponseTimeoutSecondsKey = "Meters:ResponseTimeoutSeconds";

    /// <summary>How many times the meter driver repeats a step that timed out or lost its connection, 0 to 10.</summary>
    public const string RetriesKey = "Meters:Retries";

    /// <summary>Seconds the meter driver waits for a TCP connection to a meter or a serial-to-TCP converter.</summary>
    public const string ConnectTimeoutSecondsKey = "Meters:ConnectTimeoutSeconds";

    /// <summary>
    /// Whether the console starts the demo fleet: true or false. When it is not set, the demo runs exactly when no
    /// connection string is configured.
    /// </summary>
    public const string DemoEnabledKey = "Demo:Enabled";

    /// <summary>Simulated seconds per real second of the demo meters, 1 to 3600. The default 60 makes a simulated hour pass each minute.</summary>
    public const string DemoSpeedKey = "Demo:Speed";

    /// <summary>Seed of the demo meters' passwords, keys, balances and load. The default is 1.</summary>
    public const string DemoSeedKey = "Demo:Seed";

    /// <summary>
    /// Short command-line switches: <c>--db</c> for the connection string, <c>--data</c> for the data folder and
    /// <c>--demo true|false</c> to turn the demo fleet on or off.
    /// </summary>
    public static IDictionary<string, string> CommandLineSwitches { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["--db"] = "ConnectionStrings:" + ConnectionStringName,
        ["--data"] = DataFolderKey,
        ["--demo"] = DemoEnabledKey,
    };
}
