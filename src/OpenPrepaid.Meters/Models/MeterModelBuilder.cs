using System.Globalization;
using System.Text.RegularExpressions;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Meters.Models.Documents;

namespace OpenPrepaid.Meters.Models;

/// <summary>Checks a deserialized model file and turns it into a <see cref="MeterModel"/>.</summary>
internal sealed partial class MeterModelBuilder
{
    /// <summary>The only model file format this loader reads.</summary>
    public const int SupportedFormatVersion = 1;

    private readonly string _source;
    private readonly HashSet<ushort> _clientSaps = [];

    public MeterModelBuilder(string source)
    {
        _source = source;
    }

    public MeterModel Build(MeterModelDocument document)
    {
        if (document.FormatVersion != SupportedFormatVersion)
        {
            throw Error("model", "formatVersion",
                document.FormatVersion is null
                    ? "is missing"
                    : $"is {document.FormatVersion}, but this loader reads version {SupportedFormatVersion} only");
        }

        var name = RequireText(document.Model, "model", "model");
        var tokenFormat = RequireText(document.TokenFormat, "model", "tokenFormat");
        if (!TokenFormats.IsKnown(tokenFormat))
        {
            throw Error("model", "tokenFormat",
                $"is '{tokenFormat}'; expected one of {string.Join(", ", TokenFormats.All.Select(format => $"'{format}'"))}");
        }

        var associations = BuildAssociations(document.Associations);
        var objects = BuildObjects(document.Objects);

        return new MeterModel(name, document.Description, tokenFormat, associations, objects);
    }

    private List<AssociationDefinition> BuildAssociations(List<AssociationDocument>? documents)
    {
        if (documents is null || documents.Count == 0)
        {
            throw Error("model", "associations", "is missing or empty; a model needs at least one association");
        }

        var result = new List<AssociationDefinition>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var context = $"association #{i + 1}";

            if (document.ClientSap is not { } sap || sap < 1 || sap > ushort.MaxValue)
            {
                throw Error(context, "clientSap", document.ClientSap is null ? "is missing" : $"is {document.ClientSap}; expected 1-65535");
            }

            context = $"association with client SAP {sap}";
            if (!_clientSaps.Add((ushort)sap))
            {
                throw Error(context, "clientSap", "is used by another association");
            }

            var name = RequireText(document.Name, context, "name");
            if (!names.Add(name))
            {
                throw Error(context, "name", $"'{name}' is used by another association");
            }

            var authentication = document.Authentication switch
            {
                "none" => AuthenticationMechanism.None,
                "low" => AuthenticationMechanism.Low,
                null => throw Error(context, "authentication", "is missing; expected 'none' or 'low'"),
                _ => throw Error(context, "authentication", $"is '{document.Authentication}'; expected 'none' or 'low'"),
            };

            result.Add(new AssociationDefinition((ushort)sap, name, authentication));
        }

        return result;
    }

    private List<CosemObjectDefinition> BuildObjects(List<ObjectDocument>? documents)
    {
        if (documents is null || documents.Count == 0)
        {
            throw Error("model", "objects", "is missing or empty");
        }

        var result = new List<CosemObjectDefinition>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var logicalNames = new Dictionary<ObisCode, string>();
        for (var i = 0; i < documents.Count; i++)
        {
            var definition = BuildObject(documents[i], i);

            if (!keys.Add(definition.Key))
            {
                throw Error($"object '{definition.Key}'", "key", "is used by another object");
            }

            if (logicalNames.TryGetValue(definition.LogicalName, out var otherKey))
            {
                throw Error(ObjectContext(definition.Key, definition.LogicalName), "logicalName", $"is also used by object '{otherKey}'");
            }

            logicalNames.Add(definition.LogicalName, definition.Key);
            result.Add(definition);
        }

        return result;
    }

    private CosemObjectDefinition BuildObject(ObjectDocument document, int position)
    {
        var key = RequireText(document.Key, $"object #{position + 1}", "key");
        if (!KeyPattern().IsMatch(key))
        {
            throw Error($"object #{position + 1}", "key", $"'{key}' is not lower-case words joined by '-'");
        }

        var logicalNameText = RequireText(document.LogicalName, $"object '{key}'", "logicalName");
        if (!ObisCode.TryParse(logicalNameText, out var logicalName))
        {
            throw Error($"object '{key}' ({logicalNameText})", "logicalName", "is not an OBIS code of six numbers 0-255 written A.B.C.D.E.F or A-B:C.D.E*F");
        }

        var context = ObjectContext(key, logicalName);

        var name = RequireText(document.Name, context, "name");
        var interfaceClass = RequireClass(document.ClassId, context);
        var version = RequireVersion(document.Version, interfaceClass, context);

        var manufacturerSpecific = document.ManufacturerSpecific ?? false;
        if (manufacturerSpecific != ObisManufacturerRanges.Contains(logicalName))
        {
            throw Error(context, "manufacturerSpecific",
                manufacturerSpecific
                    ? "is true, but the OBIS code is not in a manufacturer-specific range"
                    : "is false or missing, but the OBIS code is in a manufacturer-specific range");
        }

        var scalerUnit = BuildScalerUnit(document.ScalerUnit, interfaceClass, context);
        var attributes = BuildAttributes(document.Attributes, interfaceClass, version, context);
        var methods = BuildMethods(document.Methods, interfaceClass, context);

        return new CosemObjectDefinition
        {
            Key = key,
            Name = name,
            ClassId = interfaceClass.ClassId,
            Version = version,
            LogicalName = logicalName,
            Mandatory = document.Mandatory ?? true,
            ManufacturerSpecific = manufacturerSpecific,
            Description = document.Description,
            ScalerUnit = scalerUnit,
            Attributes = attributes,
            Methods = methods,
        };
    }

    private CosemInterfaceClass RequireClass(int? classId, string context)
    {
        if (classId is null)
        {
            throw Error(context, "classId", "is missing");
        }

        var interfaceClass = classId is >= 0 and <= ushort.MaxValue ? CosemInterfaceClasses.Find((ushort)classId) : null;
        return interfaceClass
            ?? throw Error(context, "classId",
                $"is {classId}, which this loader does not know; known classes: {string.Join(", ", CosemInterfaceClasses.KnownClassIds)}");
    }

    private byte RequireVersion(int? version, CosemInterfaceClass interfaceClass, string context)
    {
        if (version is null)
        {
            throw Error(context, "version", "is missing");
        }

        if (version < 0 || version > interfaceClass.MaxVersion)
        {
            throw Error(context, "version", $"is {version}; {interfaceClass.Name} (class {interfaceClass.ClassId}) has versions 0-{interfaceClass.MaxVersion}");
        }

        return (byte)version;
    }

    private ScalerUnit? BuildScalerUnit(ScalerUnitDocument? document, CosemInterfaceClass interfaceClass, string context)
    {
        var isRegister = interfaceClass.ClassId is 3 or 4;
        if (!isRegister)
        {
            return document is null
                ? null
                : throw Error(context, "scalerUnit", $"is set, but {interfaceClass.Name} (class {interfaceClass.ClassId}) has no scaler_unit");
        }

        if (document is null)
        {
            throw Error(context, "scalerUnit", $"is missing; a {interfaceClass.Name} needs the scaler and unit of its value");
        }

        if (document.Scaler is not { } scaler || scaler < sbyte.MinValue || scaler > sbyte.MaxValue)
        {
            throw Error(context, "scalerUnit.scaler", document.Scaler is null ? "is missing" : $"is {document.Scaler}; expected -128..127");
        }

        var unitText = RequireText(document.Unit, context, "scalerUnit.unit");
        if (CosemUnits.TryParse(unitText, out var unit))
        {
            return new ScalerUnit((sbyte)scaler, unit);
        }

        if (byte.TryParse(unitText, NumberStyles.None, CultureInfo.InvariantCulture, out unit) && unit > 0)
        {
            return new ScalerUnit((sbyte)scaler, unit);
        }

        throw Error(context, "scalerUnit.unit",
            $"is '{unitText}'; expected a number 1-255 of the unit enumeration or one of {string.Join(", ", CosemUnits.Symbols)}");
    }

    private static string ObjectContext(string key, ObisCode logicalName) => $"object '{key}' ({logicalName})";

    private string RequireText(string? value, string context, string field)
    {
        return string.IsNullOrWhiteSpace(value) ? throw Error(context, field, "is missing or empty") : value;
    }

    private MeterModelException Error(string context, string field, string problem)
    {
        return new MeterModelException($"{_source}: {context}: field '{field}' {problem}.");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
