using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenPrepaid.Cli.Output;

/// <summary>
/// How <c>--json</c> documents are written: camelCase names and enum values, invariant numbers (System.Text.Json
/// never uses the culture), ISO 8601 times, null fields kept so that every document of a kind has the same keys.
/// </summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },

        // Writes Ukrainian letters and quotes as they are instead of \uXXXX escapes. The relaxed encoder is unsafe
        // only for JSON embedded in HTML, which standard output never is.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync<T>(TextWriter output, T document)
    {
        ArgumentNullException.ThrowIfNull(output);

        await output.WriteLineAsync(JsonSerializer.Serialize(document, Options)).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }
}
