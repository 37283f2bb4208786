namespace OpenPrepaid.Cli.Hosting;

/// <summary>Where a command finds its data and how it talks to meters: the global options.</summary>
internal sealed record HostSettings
{
    /// <summary>The <c>--db</c> value: a SQLite file path or a connection string; null for the default database.</summary>
    public string? Database { get; init; }

    /// <summary>The <c>--data</c> value: folder of the default database and of the key ring; null for the user's data folder.</summary>
    public string? DataFolder { get; init; }

    /// <summary>How long the driver waits for each response from a meter.</summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many times the driver repeats a failed step of an exchange.</summary>
    public int Retries { get; init; } = 2;

    public bool Verbose { get; init; }
}
