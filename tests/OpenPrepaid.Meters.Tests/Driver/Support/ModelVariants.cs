using System.Text.Json.Nodes;
using OpenPrepaid.Meters.Models;

namespace OpenPrepaid.Meters.Tests.Driver.Support;

/// <summary>Variants of the reference model file, made by editing its JSON the way a model author would.</summary>
internal static class ModelVariants
{
    public static MeterModel Reference => MeterModelLoader.LoadReference();

    /// <summary>The reference model without the objects with these keys.</summary>
    public static MeterModel Without(params string[] keys) => Edit(root =>
    {
        var objects = root["objects"]!.AsArray();
        foreach (var item in objects.Where(item => keys.Contains((string?)item!["key"])).ToList())
        {
            objects.Remove(item);
        }
    });

    /// <summary>The reference model with the objects with these keys marked optional.</summary>
    public static MeterModel WithOptional(params string[] keys) => Edit(root =>
    {
        foreach (var item in root["objects"]!.AsArray().Where(item => keys.Contains((string?)item!["key"])))
        {
            item!["mandatory"] = false;
        }
    });

    /// <summary>The reference model whose Token gateway enter takes another type, as a meter that wants digits as text.</summary>
    public static MeterModel WithEnterParameter(string type) => Edit(root =>
    {
        var gateway = root["objects"]!.AsArray().First(item => (string?)item!["key"] == "token-gateway")!;
        gateway["methods"]![0]!["type"] = type;
    });

    /// <summary>The reference model where the management client may write only the passive prices.</summary>
    public static MeterModel WithReadOnlyActivePrices() => Edit(root =>
    {
        var charge = root["objects"]!.AsArray().First(item => (string?)item!["key"] == "charge")!;
        var active = charge["attributes"]!.AsArray().First(item => (int?)item!["index"] == 5)!;
        active["access"]!["1"] = "read-only";
    });

    private static MeterModel Edit(Action<JsonObject> edit)
    {
        using var stream = typeof(MeterModelLoader).Assembly.GetManifestResourceStream(MeterModelLoader.ReferenceModelResourceName)!;
        var root = JsonNode.Parse(stream)!.AsObject();
        edit(root);
        return MeterModelLoader.Parse(root.ToJsonString(), "edited reference model");
    }
}
