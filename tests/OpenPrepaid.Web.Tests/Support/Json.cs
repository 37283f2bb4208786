using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenPrepaid.Web.Tests.Support;

/// <summary>JSON helpers: the server's options (camelCase, enums as names) and responses read as JsonElement.</summary>
public static class Json
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrEmpty(text), $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri} has no body");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body, Options);

    public static Task<HttpResponseMessage> PutAsync(this HttpClient client, string path, object body) =>
        client.PutAsJsonAsync(path, body, Options);

    /// <summary>Polls a job until it leaves the Running state; fails after <paramref name="timeout"/>.</summary>
    public static async Task<JsonElement> PollJobAsync(HttpClient client, string path, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var job = await ReadAsync(response);
            if (job.GetProperty("state").GetString() != "Running")
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"job {path} still running after the timeout");
            await Task.Delay(50);
        }
    }
}
