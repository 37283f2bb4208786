using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Meters.Models;

namespace OpenPrepaid.Meters.Tests.Models;

public class ReferenceModelTests
{
    private const ushort PublicClient = 16;
    private const ushort ManagementClient = 1;

    private static readonly MeterModel Model = MeterModelLoader.LoadReference();

    public static TheoryData<string, ushort, string> StandardObjects => new()
    {
        { "serial-number", 1, "0.0.96.1.0.255" },
        { "model", 1, "0.0.96.1.1.255" },
        { "logical-device-name", 1, "0.0.42.0.0.255" },
        { "clock", 8, "0.0.1.0.0.255" },
        { "account", 111, "0.0.19.0.0.255" },
        { "credit", 112, "0.0.19.10.0.255" },
        { "charge", 113, "0.0.19.20.0.255" },
        { "token-gateway", 115, "0.0.19.40.0.255" },
        { "max-credit-limit", 3, "0.0.19.50.1.255" },
        { "max-vend-limit", 3, "0.0.19.50.2.255" },
        { "disconnect-control", 70, "0.0.96.3.10.255" },
        { "limiter", 71, "0.0.17.0.0.255" },
        { "energy-import-total", 3, "1.0.1.8.0.255" },
        { "energy-import-tariff-1", 3, "1.0.1.8.1.255" },
        { "energy-import-tariff-2", 3, "1.0.1.8.2.255" },
        { "energy-import-tariff-3", 3, "1.0.1.8.3.255" },
        { "energy-import-tariff-4", 3, "1.0.1.8.4.255" },
        { "active-power-import", 3, "1.0.1.7.0.255" },
        { "internal-temperature", 3, "0.0.96.9.0.255" },
        { "association", 15, "0.0.40.0.0.255" },
    };

    [Theory]
    [MemberData(nameof(StandardObjects))]
    public void StandardObjectHasClassAndObis(string key, ushort classId, string logicalName)
    {
        var definition = Model.FindByKey(key);

        Assert.NotNull(definition);
        Assert.Equal(classId, definition.ClassId);
        Assert.Equal(ObisCode.Parse(logicalName), definition.LogicalName);
        Assert.False(definition.ManufacturerSpecific);
        Assert.Same(definition, Model.FindByLogicalName(ObisCode.Parse(logicalName)));
    }

    [Fact]
    public void ManufacturerObjectsLieInManufacturerRanges()
    {
        var manufacturer = Model.Objects.Where(definition => definition.ManufacturerSpecific).ToList();

        Assert.Equal(
            [
                "0.0.96.50.0.255", "0.0.96.50.1.255", "0.0.96.50.2.255", "0.0.96.50.3.255", "0.0.96.50.4.255",
                "0.0.96.50.5.255", "0.0.96.50.6.255", "0.0.96.50.7.255", "0.0.96.50.8.255",
                "0.0.96.51.1.255", "0.0.96.51.2.255", "0.0.96.51.3.255", "0.0.96.51.4.255",
                "1.0.128.8.1.255", "1.0.128.8.2.255", "1.0.128.8.3.255", "1.0.128.8.4.255",
            ],
            manufacturer.Select(definition => definition.LogicalName.ToString()).Order(StringComparer.Ordinal));
        Assert.All(manufacturer, definition => Assert.True(ObisManufacturerRanges.Contains(definition.LogicalName)));
    }

    [Fact]
    public void ModelDocumentationNamesEveryManufacturerObject()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Models", "README.md"));

        foreach (var definition in Model.Objects.Where(definition => definition.ManufacturerSpecific))
        {
            Assert.Contains(definition.Key.Split("-tariff-")[0], readme, StringComparison.Ordinal);
        }

        Assert.Contains("0.0.96.50.4.255", readme, StringComparison.Ordinal);
        Assert.Contains("1.0.128.8.1-4.255", readme, StringComparison.Ordinal);
        Assert.Contains("0.0.96.51.1-4.255", readme, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("energy-import-total", 0, 30)]
    [InlineData("energy-import-tariff-3", 0, 30)]
    [InlineData("active-power-import", 0, 27)]
    [InlineData("internal-temperature", -1, 9)]
    [InlineData("max-credit-limit", -2, 10)]
    [InlineData("minimum-balance", -2, 10)]
    [InlineData("money-collected-tariff-2", -2, 10)]
    [InlineData("prepaid-energy-tariff-4", 0, 30)]
    [InlineData("last-top-up", -2, 10)]
    public void RegisterHasScalerAndUnit(string key, sbyte scaler, byte unit)
    {
        Assert.Equal(new ScalerUnit(scaler, unit), Model.GetByKey(key).ScalerUnit);
    }

    [Theory]
    [InlineData("serial-number", 2)]
    [InlineData("model", 2)]
    [InlineData("clock", 2)]
    [InlineData("account", 5)]
    [InlineData("account", 15)]
    [InlineData("credit", 2)]
    [InlineData("disconnect-control", 2)]
    [InlineData("disconnect-control", 3)]
    [InlineData("energy-import-total", 2)]
    [InlineData("energy-import-tariff-1", 2)]
    [InlineData("energy-import-tariff-2", 2)]
    [InlineData("internal-temperature", 2)]
    [InlineData("internal-temperature", 3)]
    [InlineData("active-power-import", 2)]
    public void PublicClientReadsCustomerValues(string key, int attribute)
    {
        var definition = Model.GetByKey(key).FindAttribute(attribute);

        Assert.NotNull(definition);
        Assert.Equal(AttributeAccessMode.ReadOnly, definition.AccessFor(PublicClient));
    }

    [Fact]
    public void PublicClientWritesAndInvokesNothing()
    {
        var attributes = Model.Objects.SelectMany(definition => definition.Attributes);
        var methods = Model.Objects.SelectMany(definition => definition.Methods);

        Assert.DoesNotContain(attributes, attribute => attribute.CanWrite(PublicClient));
        Assert.DoesNotContain(methods, method => method.CanInvoke(PublicClient));
    }

    [Theory]
    [InlineData("top-up-key", 2)]
    [InlineData("association", 7)]
    [InlineData("token-gateway", 2)]
    [InlineData("charge", 5)]
    [InlineData("limiter", 3)]
    [InlineData("last-token-sequence", 2)]
    [InlineData("money-collected-tariff-1", 2)]
    public void PublicClientCannotReadSecretsOrSettings(string key, int attribute)
    {
        Assert.False(Model.GetByKey(key).FindAttribute(attribute)!.CanRead(PublicClient));
    }

    [Fact]
    public void SecretsAreWriteOnlyForManagement()
    {
        Assert.Equal(AttributeAccessMode.WriteOnly, Model.GetByKey("top-up-key").FindAttribute(2)!.AccessFor(ManagementClient));
        Assert.Equal(AttributeAccessMode.WriteOnly, Model.GetByKey("association").FindAttribute(7)!.AccessFor(ManagementClient));
    }

    [Fact]
    public void ManagementReadsEveryAttributeButSecrets()
    {
        var unreadable = Model.Objects
            .SelectMany(definition => definition.Attributes.Select(attribute => (definition.Key, attribute)))
            .Where(pair => !pair.attribute.CanRead(ManagementClient))
            .Select(pair => $"{pair.Key}/{pair.attribute.Index}")
            .ToList();

        Assert.Equal(["association/7", "top-up-key/2"], unreadable.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("credit", 5)]
    [InlineData("credit", 6)]
    [InlineData("charge", 5)]
    [InlineData("charge", 6)]
    [InlineData("charge", 7)]
    [InlineData("max-credit-limit", 2)]
    [InlineData("max-vend-limit", 2)]
    [InlineData("minimum-balance", 2)]
    [InlineData("disconnect-control", 4)]
    [InlineData("limiter", 3)]
    [InlineData("limiter", 6)]
    [InlineData("limiter", 7)]
    [InlineData("never-switch-off", 2)]
    [InlineData("no-switch-off-saturday", 2)]
    [InlineData("no-switch-off-sunday", 2)]
    [InlineData("display-parameters", 2)]
    [InlineData("clock", 2)]
    [InlineData("account", 2)]
    public void ManagementWritesSettings(string key, int attribute)
    {
        Assert.Equal(AttributeAccessMode.ReadAndWrite, Model.GetByKey(key).FindAttribute(attribute)!.AccessFor(ManagementClient));
    }

    [Theory]
    [InlineData("account", 5)]
    [InlineData("credit", 2)]
    [InlineData("charge", 2)]
    [InlineData("energy-import-total", 2)]
    [InlineData("last-top-up", 2)]
    [InlineData("serial-number", 2)]
    public void ComputedValuesAreReadOnlyForManagement(string key, int attribute)
    {
        Assert.Equal(AttributeAccessMode.ReadOnly, Model.GetByKey(key).FindAttribute(attribute)!.AccessFor(ManagementClient));
    }

    [Fact]
    public void ManagementInvokesEveryMethod()
    {
        var methods = Model.Objects.SelectMany(definition => definition.Methods.Select(method => $"{definition.Key}.{method.Name}")).ToList();

        Assert.Equal(
            [
                "charge.activate_passive_unit_charge", "charge.update_unit_charge", "credit.update_amount",
                "disconnect-control.remote_disconnect", "disconnect-control.remote_reconnect", "token-gateway.enter",
            ],
            methods.Order(StringComparer.Ordinal));
        Assert.All(Model.Objects.SelectMany(definition => definition.Methods), method => Assert.True(method.CanInvoke(ManagementClient)));
    }

    [Fact]
    public void TokenEnterTakesOctetStringOnly()
    {
        var enter = Model.GetByKey("token-gateway").FindMethod(1)!;

        Assert.Equal("enter", enter.Name);
        Assert.Equal(DlmsDataType.OctetString, enter.Parameter.Type);
        Assert.True(enter.AcceptsParameterOfType(DlmsDataType.OctetString));
        Assert.False(enter.AcceptsParameterOfType(DlmsDataType.VisibleString));
        Assert.False(enter.AcceptsParameterOfType(DlmsDataType.Utf8String));
        Assert.Equal(DlmsDataType.OctetString, Model.GetByKey("token-gateway").FindAttribute(2)!.Type.Type);
    }

    [Fact]
    public void ChargeTableRowHoldsSignedLong()
    {
        var unitCharge = Model.GetByKey("charge").FindAttribute(5)!.Type;
        var chargeTable = unitCharge.Members.Single(member => member.Name == "charge_table");
        var row = chargeTable.Element!;

        Assert.Equal(DlmsDataType.Array, chargeTable.Type);
        Assert.Equal(["index", "charge_per_unit"], row.Members.Select(member => member.Name!));
        Assert.Equal(DlmsDataType.OctetString, row.Members[0].Type);
        Assert.Equal(DlmsDataType.Long, row.Members[1].Type);
    }

    [Fact]
    public void PublicClientSeesOnlyItsObjects()
    {
        var visible = Model.ObjectsVisibleTo(PublicClient).Select(definition => definition.Key).ToHashSet();

        Assert.Contains("account", visible);
        Assert.Contains("energy-import-tariff-4", visible);
        Assert.DoesNotContain("top-up-key", visible);
        Assert.DoesNotContain("token-gateway", visible);
        Assert.DoesNotContain("limiter", visible);
        Assert.Equal(Model.Objects.Count, Model.ObjectsVisibleTo(ManagementClient).Count());
    }

    [Fact]
    public void CopiedFileMatchesEmbeddedModel()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Models", MeterModelLoader.ReferenceModelFileName);

        var fromFile = MeterModelLoader.LoadFile(path);

        Assert.Equal(Model.Name, fromFile.Name);
        Assert.Equal(TokenFormats.BinaryHmacV1, fromFile.TokenFormat);
        Assert.Equal(Model.Objects.Select(definition => definition.LogicalName), fromFile.Objects.Select(definition => definition.LogicalName));
    }

    [Fact]
    public void AssociationsAreManagementAndPublic()
    {
        Assert.Equal(AuthenticationMechanism.None, Model.FindAssociation(PublicClient)!.Authentication);
        Assert.Equal(AuthenticationMechanism.Low, Model.FindAssociation(ManagementClient)!.Authentication);
        Assert.Null(Model.FindAssociation(2));
    }
}
