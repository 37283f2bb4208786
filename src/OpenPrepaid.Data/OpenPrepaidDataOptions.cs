namespace OpenPrepaid.Data;

/// <summary>Where the data lives.</summary>
public sealed record OpenPrepaidDataOptions
{
    /// <summary>
    /// A PostgreSQL connection string (it has a <c>Host</c> key), a SQLite one (<c>Data Source=...</c>),
    /// or null for SQLite at <c>openprepaid.db</c> in <see cref="DataFolder"/>.
    /// </summary>
    public string? ConnectionString { get; init; }

    /// <summary>Folder for the default SQLite file and the key ring; defaults to LocalApplicationData/OpenPrepaid.</summary>
    public string DataFolder { get; init; } = DefaultDataFolder;

    /// <summary>Folder of the Data Protection key ring that encrypts meter secrets.</summary>
    public string KeyRingFolder => Path.Combine(DataFolder, "keys");

    public static string DefaultDataFolder =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "OpenPrepaid");
}
