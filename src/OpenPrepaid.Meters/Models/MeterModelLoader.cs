using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenPrepaid.Meters.Models.Documents;

namespace OpenPrepaid.Meters.Models;

/// <summary>
/// Loads meter model files (JSON) and checks them against the interface classes they use. A broken file
/// raises <see cref="MeterModelException"/> with the source, the object and the field in the message.
/// </summary>
public static class MeterModelLoader
{
    /// <summary>Name of the embedded resource that holds the reference prepaid meter model.</summary>
    public const string ReferenceModelResourceName = "OpenPrepaid.Meters.Models.reference-prepaid.json";

    /// <summary>File name of the reference model; the build copies it to <c>Models/</c> beside the assembly.</summary>
    public const string ReferenceModelFileName = "reference-prepaid.json";

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,

        // A misspelt field name would otherwise be dropped without a word and its default used.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<MeterModel> Reference = new(LoadEmbeddedReference);

    /// <summary>Returns the reference prepaid meter model embedded in this assembly (loaded once).</summary>
    public static MeterModel LoadReference() => Reference.Value;

    /// <summary>Loads a model file from disk.</summary>
    public static MeterModel LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);

        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Loads a model from a stream of UTF-8 JSON; <paramref name="sourceName"/> names it in error messages.</summary>
    public static MeterModel Load(Stream json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);

        MeterModelDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<MeterModelDocument>(json, SerializerOptions);
        }
        catch (JsonException exception)
        {
            throw InvalidJson(sourceName, exception);
        }

        return Build(document, sourceName);
    }

    /// <summary>Loads a model from JSON text; <paramref name="sourceName"/> names it in error messages.</summary>
    public static MeterModel Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Load(stream, sourceName);
    }

    private static MeterModel Build(MeterModelDocument? document, string sourceName)
    {
        if (document is null)
        {
            throw new MeterModelException($"{sourceName}: the file contains JSON null instead of a meter model object.");
        }

        return new MeterModelBuilder(sourceName).Build(document);
    }

    private static MeterModel LoadEmbeddedReference()
    {
        using var stream = typeof(MeterModelLoader).Assembly.GetManifestResourceStream(ReferenceModelResourceName)
            ?? throw new InvalidOperationException(
                $"The resource '{ReferenceModelResourceName}' is missing from {typeof(MeterModelLoader).Assembly.GetName().Name}.");

        return Load(stream, ReferenceModelFileName);
    }

    private static MeterModelException InvalidJson(string sourceName, JsonException exception)
    {
        // JsonException numbers lines and positions from 0.
        var where = exception.LineNumber is { } line
            ? $" at line {line + 1}, position {(exception.BytePositionInLine ?? 0) + 1}"
            : string.Empty;
        var path = string.IsNullOrEmpty(exception.Path) ? string.Empty : $" (JSON path {exception.Path})";

        return new MeterModelException($"{sourceName}: invalid model file{where}{path}: {exception.Message}", exception);
    }
}
