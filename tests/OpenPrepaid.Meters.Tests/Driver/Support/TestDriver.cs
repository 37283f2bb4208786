using System.Collections.Frozen;
using OpenPrepaid.Meters.Driver;
using OpenPrepaid.Meters.Models;

namespace OpenPrepaid.Meters.Tests.Driver.Support;

/// <summary>Drivers with short timeouts for tests against meters on loopback.</summary>
internal static class TestDriver
{
    public static DlmsMeterDriver Create(int? listCap = null, MeterModel? model = null, int retries = 1, TimeSpan? responseTimeout = null) => new(Options(listCap, model, retries, responseTimeout));

    public static DlmsMeterDriverOptions Options(int? listCap = null, MeterModel? model = null, int retries = 1, TimeSpan? responseTimeout = null) => new()
    {
        ResponseTimeout = responseTimeout ?? TimeSpan.FromSeconds(2),
        ConnectTimeout = TimeSpan.FromSeconds(2),
        Retries = retries,
        MaxExchangeDuration = TimeSpan.FromSeconds(30),
        ListCapByModel = listCap is { } cap
            ? new Dictionary<string, int> { [SimulatedMeterServer.ModelName] = cap }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase)
            : FrozenDictionary<string, int>.Empty,
        DefaultModel = model ?? MeterModelLoader.LoadReference(),
    };
}
