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

    /// <summary>Short command-line switches: <c>--db</c> for the connection string, <c>--data</c> for the data folder.</summary>
    public static IDictionary<string, string> CommandLineSwitches { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["--db"] = "ConnectionStrings:" + ConnectionStringName,
        ["--data"] = DataFolderKey,
    };
}
