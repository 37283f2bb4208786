using System.Text.Json.Nodes;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Meters.Models;

namespace OpenPrepaid.Meters.Tests.Models;

public class MeterModelLoaderTests
{
    private const string Source = "broken.json";

    private static readonly string ReferenceJson =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Models", MeterModelLoader.ReferenceModelFileName));

    [Fact]
    public void ReferenceFileLoadsWithEveryObject()
    {
        var model = MeterModelLoader.Parse(ReferenceJson, "reference");

        Assert.Equal("OpenPrepaid reference prepaid meter", model.Name);
        Assert.Equal(37, model.Objects.Count);
        Assert.Equal(2, model.Associations.Count);
    }

    [Fact]
    public void StandardObisFormIsRead()
    {
        var root = JsonNode.Parse(ReferenceJson)!.AsObject();
        Object(root, "energy-import-total")["logicalName"] = "1-0:1.8.0*255";

        var model = MeterModelLoader.Parse(root.ToJsonString(), Source);

        Assert.Equal(new ObisCode(1, 0, 1, 8, 0, 255), model.GetByKey("energy-import-total").LogicalName);
    }

    [Fact]
    public void InvalidJsonNamesLine()
    {
        var error = Assert.Throws<MeterModelException>(() => MeterModelLoader.Parse("{\n  \"model\": \"x\",\n  oops\n}", Source));

        Assert.StartsWith("broken.json: invalid model file at line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullDocumentIsRejected()
    {
        var error = Assert.Throws<MeterModelException>(() => MeterModelLoader.Parse("null", Source));

        Assert.Contains("JSON null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFieldIsRejectedWithPath()
    {
        var error = Broken(root => Object(root, "clock")["clas"] = 8);

        Assert.Contains("clas", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.objects[3]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongFieldTypeIsRejectedWithPath()
    {
        var error = Broken(root => Object(root, "clock")["classId"] = "eight");

        Assert.Contains("$.objects[3].classId", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Action<JsonObject>, string[]> BrokenModels => new()
    {
        { "format version", root => root["formatVersion"] = 2, ["model", "'formatVersion'", "version 1 only"] },
        { "token format", root => root["tokenFormat"] = "sts", ["'tokenFormat'", "'sts'"] },
        { "no associations", root => root["associations"] = new JsonArray(), ["'associations'", "missing or empty"] },
        { "duplicate SAP", root => Association(root, 1)["clientSap"] = 16, ["client SAP 16", "'clientSap'"] },
        { "authentication", root => Association(root, 0)["authentication"] = "high", ["'authentication'", "'high'"] },
        { "missing class", root => Object(root, "account").Remove("classId"), ["object 'account' (0.0.19.0.0.255)", "'classId' is missing"] },
        { "unknown class", root => Object(root, "account")["classId"] = 9999, ["object 'account'", "'classId' is 9999"] },
        { "version", root => Object(root, "account")["version"] = 3, ["object 'account'", "'version' is 3"] },
        { "bad OBIS", root => Object(root, "account")["logicalName"] = "0.0.19.0.0", ["object 'account'", "'logicalName'", "A.B.C.D.E.F"] },
        { "OBIS group above 255", root => Object(root, "account")["logicalName"] = "0.0.19.0.0.256", ["object 'account'", "'logicalName'"] },
        { "duplicate OBIS", root => Object(root, "credit")["logicalName"] = "0.0.19.0.0.255", ["object 'credit' (0.0.19.0.0.255)", "also used by object 'account'"] },
        { "duplicate key", root => Object(root, "credit")["key"] = "account", ["object 'account'", "'key' is used by another object"] },
        { "key style", root => Object(root, "credit")["key"] = "Credit Object", ["'key'", "'Credit Object'"] },
        { "manufacturer flag missing", root => Object(root, "never-switch-off").Remove("manufacturerSpecific"), ["object 'never-switch-off' (0.0.96.50.1.255)", "'manufacturerSpecific'", "manufacturer-specific range"] },
        { "manufacturer flag on standard code", root => Object(root, "credit")["manufacturerSpecific"] = true, ["object 'credit'", "'manufacturerSpecific' is true"] },
        { "register without scaler", root => Object(root, "active-power-import").Remove("scalerUnit"), ["object 'active-power-import' (1.0.1.7.0.255)", "'scalerUnit' is missing"] },
        { "unit symbol", root => Object(root, "active-power-import")["scalerUnit"]!["unit"] = "kW", ["'scalerUnit.unit'", "'kW'"] },
        { "scaler on Data", root => Object(root, "model")["scalerUnit"] = new JsonObject { ["scaler"] = 0, ["unit"] = "W" }, ["object 'model'", "has no scaler_unit"] },
        { "attribute name", root => Attribute(root, "account", 5)["name"] = "balance", ["object 'account' (0.0.19.0.0.255), attribute 5", "'name' is 'balance'", "'available_credit'"] },
        { "attribute index", root => Attribute(root, "account", 5)["index"] = 20, ["object 'account'", "attributes 1-19"] },
        { "attribute listed twice", root => Attribute(root, "account", 5)["index"] = 4, ["attribute 4", "listed twice"] },
        { "type name", root => Attribute(root, "account", 5)["type"] = "double-lon", ["attribute 5", "'type' is 'double-lon'"] },
        { "structure members", root => Attribute(root, "account", 15).Remove("members"), ["attribute 15", "'members' is missing or empty"] },
        { "array element", root => Attribute(root, "account", 9).Remove("element"), ["attribute 9", "'element' is missing"] },
        { "length on number", root => Attribute(root, "account", 5)["length"] = 4, ["attribute 5", "'length'"] },
        { "missing access", root => Attribute(root, "account", 5).Remove("access"), ["attribute 5", "'access' is missing"] },
        { "unknown SAP", root => Attribute(root, "account", 5)["access"]!["32"] = "read-only", ["attribute 5", "client SAP '32'"] },
        { "access mode", root => Attribute(root, "account", 5)["access"]!["1"] = "rw", ["attribute 5", "'access.1' is 'rw'"] },
        { "writable logical name", root => Attribute(root, "account", 1)["access"]!["1"] = "read-and-write", ["attribute 1", "logical_name is fixed"] },
        { "logical name length", root => Attribute(root, "account", 1).Remove("length"), ["attribute 1", "octet-string of length 6"] },
        { "method name", root => Method(root, "token-gateway", 1)["name"] = "enter_token", ["object 'token-gateway' (0.0.19.40.0.255), method 1", "'enter'"] },
        { "method access", root => Method(root, "token-gateway", 1)["access"]!["1"] = "read-only", ["method 1", "'access.1' is 'read-only'"] },
    };

    [Theory]
    [MemberData(nameof(BrokenModels))]
    public void BrokenModelNamesObjectAndField(string change, Action<JsonObject> breakModel, string[] expectedParts)
    {
        var error = Broken(breakModel);

        Assert.StartsWith($"{Source}: ", error.Message, StringComparison.Ordinal);
        foreach (var part in expectedParts)
        {
            Assert.True(error.Message.Contains(part, StringComparison.Ordinal), $"{change}: '{error.Message}' lacks '{part}'");
        }
    }

    private static MeterModelException Broken(Action<JsonObject> breakModel)
    {
        var root = JsonNode.Parse(ReferenceJson)!.AsObject();
        breakModel(root);
        return Assert.Throws<MeterModelException>(() => MeterModelLoader.Parse(root.ToJsonString(), Source));
    }

    private static JsonObject Association(JsonObject root, int position) => root["associations"]![position]!.AsObject();

    private static JsonObject Object(JsonObject root, string key)
    {
        return root["objects"]!.AsArray().Single(node => (string?)node!["key"] == key)!.AsObject();
    }

    private static JsonObject Attribute(JsonObject root, string key, int index)
    {
        return Object(root, key)["attributes"]!.AsArray().Single(node => (int?)node!["index"] == index)!.AsObject();
    }

    private static JsonObject Method(JsonObject root, string key, int index)
    {
        return Object(root, key)["methods"]!.AsArray().Single(node => (int?)node!["index"] == index)!.AsObject();
    }
}
