using System.Globalization;
using System.Text.Json;

namespace OpenPrepaid.Core.Register.Import;

/// <summary>
/// Reads meters from a JSON fleet file: <c>{"meters": [ {...}, ... ]}</c> or a bare array of meter objects.
/// Each object's properties use the CSV column names (<c>serial</c>, <c>host</c>, <c>port</c>,
/// <c>tokenKey</c>, ...); properties that describe the simulated meter rather than how to reach it
/// (seed, initial balance, load) are ignored.
/// </summary>
internal static class FleetJsonMeterReader
{
    public static MeterImportFile Read(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            return MeterImportFile.Unreadable(new ImportProblem(ImportProblemCode.JsonInvalid, line, exception.Message));
        }

        using (document)
        {
            var meters = MetersArray(document.RootElement);
            if (meters is not { } array)
            {
                return MeterImportFile.Unreadable(new ImportProblem(ImportProblemCode.JsonNoMeters));
            }

            var entries = new List<MeterImportEntry>();
            var position = 0;
            foreach (var element in array.EnumerateArray())
            {
                position++;
                entries.Add(ReadEntry(position, element));
            }

            return new MeterImportFile(entries, null);
        }
    }

    private static JsonElement? MetersArray(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, "meters", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Array)
            {
                return property.Value;
            }
        }

        return null;
    }

    private static MeterImportEntry ReadEntry(int position, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new MeterImportEntry(position, null, null, [new ImportProblem(ImportProblemCode.JsonEntryNotObject, position)]);
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var problems = new List<ImportProblem>();
        foreach (var property in element.EnumerateObject())
        {
            if (MeterFieldMapper.Canonical(property.Name) is not { } name)
            {
                continue;
            }

            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    values[name] = property.Value.GetString();
                    break;
                case JsonValueKind.Number:
                    values[name] = property.Value.GetRawText();
                    break;
                case JsonValueKind.Null:
                    values[name] = null;
                    break;
                default:
                    problems.Add(new ImportProblem(ImportProblemCode.ValueNotText, property.Name, property.Value.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture)));
                    break;
            }
        }

        var entry = MeterFieldMapper.ToEntry(position, values);
        return problems.Count == 0 ? entry : entry with { Draft = null, Problems = [.. problems, .. entry.Problems] };
    }
}
