using System.Text.Json;

namespace OpenPrepaid.Simulator.Fleet;

/// <summary>
/// The fleet file: a JSON array with one object per meter (<see cref="FleetFileEntry"/>), which tools and
/// tests read to find the simulated meters. It contains passwords and keys, so it is for test set-ups only.
/// </summary>
public static class FleetFile
{
    /// <summary>The management client SAP written for every meter.</summary>
    public const int ManagementClientSap = 1;

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public static IReadOnlyList<FleetFileEntry> Describe(IEnumerable<FleetMeter> meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        return [.. meters.Select(meter => new FleetFileEntry(
            meter.SerialNumber,
            meter.ModelName,
            meter.Host,
            meter.Port,
            meter.HdlcAddress,
            ManagementClientSap,
            meter.Password,
            Convert.ToHexString(meter.TopUpKey.Span)))];
    }

    /// <summary>Writes the file through a temporary file beside it, so a reader never sees half of it.</summary>
    public static async Task WriteAsync(string path, IEnumerable<FleetMeter> meters, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = full + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, Describe(meters), SerializerOptions, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, full, overwrite: true);
    }

    public static async Task<IReadOnlyList<FleetFileEntry>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        await using var stream = File.OpenRead(path);
        var entries = await JsonSerializer.DeserializeAsync<List<FleetFileEntry>>(stream, SerializerOptions, cancellationToken).ConfigureAwait(false);
        return entries ?? throw new InvalidDataException($"The fleet file {path} contains JSON null instead of an array of meters.");
    }
}
