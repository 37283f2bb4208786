namespace OpenPrepaid.Core.Register.Import;

/// <summary>Reads a meter register import file in either format, without touching the register.</summary>
public static class MeterImportReader
{
    /// <summary>
    /// Chooses the format from the file name (<c>.json</c> or <c>.csv</c>), or from the content when the name
    /// says neither: text that starts with <c>{</c> or <c>[</c> is JSON.
    /// </summary>
    public static MeterImportFormat DetectFormat(string? fileName, string content)
    {
        ArgumentNullException.ThrowIfNull(content);

        var extension = Path.GetExtension(fileName ?? string.Empty);
        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return MeterImportFormat.FleetJson;
        }

        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return MeterImportFormat.Csv;
        }

        var first = content.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return first.StartsWith('{') || first.StartsWith('[') ? MeterImportFormat.FleetJson : MeterImportFormat.Csv;
    }

    /// <summary>Parses the file into entries; a serial number given twice marks every later entry with it as a problem.</summary>
    public static MeterImportFile Read(string content, MeterImportFormat format)
    {
        ArgumentNullException.ThrowIfNull(content);

        var text = content.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            return MeterImportFile.Unreadable(new ImportProblem(ImportProblemCode.FileEmpty));
        }

        var file = format switch
        {
            MeterImportFormat.Csv => CsvMeterReader.Read(text),
            MeterImportFormat.FleetJson => FleetJsonMeterReader.Read(text),
            _ => MeterImportFile.Unreadable(new ImportProblem(ImportProblemCode.FileFormatUnknown, format)),
        };
        return file.FileProblem is null ? MarkRepeatedSerials(file) : file;
    }

    private static MeterImportFile MarkRepeatedSerials(MeterImportFile file)
    {
        var firstPositions = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<MeterImportEntry>(file.Entries.Count);
        foreach (var entry in file.Entries)
        {
            if (entry.Serial is not { } serial)
            {
                entries.Add(entry);
                continue;
            }

            if (firstPositions.TryGetValue(serial, out var first))
            {
                entries.Add(entry with { Draft = null, Problems = [.. entry.Problems, new ImportProblem(ImportProblemCode.SerialRepeated, serial, first)] });
                continue;
            }

            firstPositions[serial] = entry.Position;
            entries.Add(entry);
        }

        return file with { Entries = entries };
    }
}
