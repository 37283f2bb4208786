using System.Globalization;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Meters.Models.Documents;

namespace OpenPrepaid.Meters.Models;

// Attributes, methods, their types and access rights.
internal sealed partial class MeterModelBuilder
{
    /// <summary>Nesting limit for structure members and array elements, far above what a COSEM attribute needs.</summary>
    private const int MaxTypeDepth = 8;

    private List<CosemAttributeDefinition> BuildAttributes(
        List<AttributeDocument>? documents,
        CosemInterfaceClass interfaceClass,
        byte version,
        string context)
    {
        if (documents is null || documents.Count == 0)
        {
            throw Error(context, "attributes", "is missing or empty; every object has at least logical_name (attribute 1)");
        }

        var attributeCount = AttributeCount(interfaceClass, version);
        var result = new List<CosemAttributeDefinition>();
        foreach (var document in documents)
        {
            if (document.Index is not { } index || index < 1 || index > attributeCount)
            {
                throw Error(context, "attributes[].index",
                    document.Index is null
                        ? $"is missing on attribute '{document.Name}'"
                        : $"is {document.Index}; {interfaceClass.Name} version {version} has attributes 1-{attributeCount}");
            }

            var attributeContext = $"{context}, attribute {index}";
            if (result.Any(existing => existing.Index == index))
            {
                throw Error(attributeContext, "index", "is listed twice");
            }

            var expectedName = interfaceClass.AttributeName(index);
            if (expectedName is null || !string.Equals(document.Name, expectedName, StringComparison.Ordinal))
            {
                throw Error(attributeContext, "name", $"is '{document.Name}'; {interfaceClass.Name} names attribute {index} '{expectedName}'");
            }

            var access = BuildAccess(document.Access, attributeContext, ParseAttributeAccess);
            result.Add(new CosemAttributeDefinition
            {
                Index = (sbyte)index,
                Name = expectedName,
                Type = BuildType(document, attributeContext, depth: 0),
                Mandatory = document.Mandatory ?? true,
                Description = document.Description,
                Access = access,
            });
        }

        CheckLogicalNameAttribute(result, context);
        if (interfaceClass.ClassId is 3 or 4 && (result.All(attribute => attribute.Index != 2) || result.All(attribute => attribute.Index != 3)))
        {
            throw Error(context, "attributes", $"lacks value (2) or scaler_unit (3), which every {interfaceClass.Name} has");
        }

        return [.. result.OrderBy(attribute => attribute.Index)];
    }

    private void CheckLogicalNameAttribute(List<CosemAttributeDefinition> attributes, string context)
    {
        var logicalName = attributes.FirstOrDefault(attribute => attribute.Index == 1)
            ?? throw Error(context, "attributes", "lacks logical_name (attribute 1)");

        if (logicalName.Type.Type != DlmsDataType.OctetString || logicalName.Type.FixedLength != 6)
        {
            throw Error($"{context}, attribute 1", "type", "must be an octet-string of length 6");
        }

        if (logicalName.Access.Values.Any(mode => mode is AttributeAccessMode.WriteOnly or AttributeAccessMode.ReadAndWrite))
        {
            throw Error($"{context}, attribute 1", "access", "gives write access; logical_name is fixed by the standard");
        }
    }

    private List<CosemMethodDefinition> BuildMethods(List<MethodDocument>? documents, CosemInterfaceClass interfaceClass, string context)
    {
        var result = new List<CosemMethodDefinition>();
        foreach (var document in documents ?? [])
        {
            if (document.Index is not { } index || index < 1 || index > interfaceClass.MethodNames.Count)
            {
                throw Error(context, "methods[].index",
                    document.Index is null
                        ? $"is missing on method '{document.Name}'"
                        : $"is {document.Index}; {interfaceClass.Name} has {interfaceClass.MethodNames.Count} methods");
            }

            var methodContext = $"{context}, method {index}";
            if (result.Any(existing => existing.Index == index))
            {
                throw Error(methodContext, "index", "is listed twice");
            }

            var expectedName = interfaceClass.MethodName(index);
            if (expectedName is null || !string.Equals(document.Name, expectedName, StringComparison.Ordinal))
            {
                throw Error(methodContext, "name", $"is '{document.Name}'; {interfaceClass.Name} names method {index} '{expectedName}'");
            }

            result.Add(new CosemMethodDefinition
            {
                Index = (sbyte)index,
                Name = expectedName,
                Parameter = BuildType(document, methodContext, depth: 0),
                Mandatory = document.Mandatory ?? true,
                Description = document.Description,
                Access = BuildAccess(document.Access, methodContext, ParseMethodAccess),
            });
        }

        return [.. result.OrderBy(method => method.Index)];
    }

    private CosemTypeDefinition BuildType(TypeDocument document, string context, int depth)
    {
        // Array elements need no name in a model file; they are called "element" in messages and definitions.
        var name = depth == 0 ? null : document.Name ?? "element";
        var field = depth == 0 ? "type" : $"type of '{name}'";
        if (depth > MaxTypeDepth)
        {
            throw Error(context, field, $"nests deeper than {MaxTypeDepth} levels");
        }

        var typeName = RequireText(document.Type, context, field);
        if (!CosemDataTypeNames.TryParse(typeName, out var type))
        {
            throw Error(context, field, $"is '{typeName}', which is not an A-XDR type name (e.g. 'double-long', 'octet-string')");
        }

        var members = BuildMembers(document, type, context, depth);
        var element = BuildElement(document, type, context, depth);
        var length = document.Length;
        if (length is not null)
        {
            if (type is not (DlmsDataType.OctetString or DlmsDataType.VisibleString or DlmsDataType.Utf8String or DlmsDataType.BitString))
            {
                throw Error(context, "length", $"is set on a {typeName}; only strings and bit-strings have a length");
            }

            if (length < 0 || length > ushort.MaxValue)
            {
                throw Error(context, "length", $"is {length}; expected 0-65535");
            }
        }

        return new CosemTypeDefinition(type, name)
        {
            Members = members,
            Element = element,
            FixedLength = length,
        };
    }

    private List<CosemTypeDefinition> BuildMembers(TypeDocument document, DlmsDataType type, string context, int depth)
    {
        if (type != DlmsDataType.Structure)
        {
            return document.Members is null
                ? []
                : throw Error(context, "members", $"is set on a {CosemDataTypeNames.ToName(type)}; only structures have members");
        }

        if (document.Members is null || document.Members.Count == 0)
        {
            throw Error(context, "members", "is missing or empty on a structure");
        }

        var members = new List<CosemTypeDefinition>();
        foreach (var member in document.Members)
        {
            RequireText(member.Name, context, "members[].name");
            members.Add(BuildType(member, context, depth + 1));
        }

        return members;
    }

    private CosemTypeDefinition? BuildElement(TypeDocument document, DlmsDataType type, string context, int depth)
    {
        if (type != DlmsDataType.Array)
        {
            return document.Element is null
                ? null
                : throw Error(context, "element", $"is set on a {CosemDataTypeNames.ToName(type)}; only arrays have an element type");
        }

        if (document.Element is null)
        {
            throw Error(context, "element", "is missing on an array");
        }

        return BuildType(document.Element, context, depth + 1);
    }

    private Dictionary<ushort, TMode> BuildAccess<TMode>(
        Dictionary<string, string>? access,
        string context,
        Func<string, TMode?> parseMode)
        where TMode : struct, Enum
    {
        if (access is null)
        {
            throw Error(context, "access", "is missing; give the access of each association by client SAP, e.g. { \"1\": \"read-only\" }");
        }

        var result = new Dictionary<ushort, TMode>();
        foreach (var (sapText, modeText) in access)
        {
            if (!ushort.TryParse(sapText, NumberStyles.None, CultureInfo.InvariantCulture, out var sap) || !_clientSaps.Contains(sap))
            {
                throw Error(context, "access", $"names client SAP '{sapText}', which no association of the model uses");
            }

            result[sap] = parseMode(modeText)
                ?? throw Error(context, $"access.{sapText}", $"is '{modeText}'; expected one of {AccessModeNames<TMode>()}");
        }

        return result;
    }

    private static AttributeAccessMode? ParseAttributeAccess(string text) => text switch
    {
        "no-access" => AttributeAccessMode.NoAccess,
        "read-only" => AttributeAccessMode.ReadOnly,
        "write-only" => AttributeAccessMode.WriteOnly,
        "read-and-write" => AttributeAccessMode.ReadAndWrite,
        _ => null,
    };

    private static MethodAccessMode? ParseMethodAccess(string text) => text switch
    {
        "no-access" => MethodAccessMode.NoAccess,
        "access" => MethodAccessMode.Access,
        _ => null,
    };

    private static string AccessModeNames<TMode>()
    {
        return typeof(TMode) == typeof(MethodAccessMode)
            ? "'no-access', 'access'"
            : "'no-access', 'read-only', 'write-only', 'read-and-write'";
    }

    /// <summary>
    /// Number of attributes of a class at a version. Association LN grows with its version: version 0 has
    /// attributes 1-8, version 1 adds security_setup_reference (9), version 2 adds user_list and current_user.
    /// </summary>
    private static int AttributeCount(CosemInterfaceClass interfaceClass, byte version)
    {
        if (interfaceClass.ClassId != 15)
        {
            return interfaceClass.AttributeNames.Count;
        }

        return version switch
        {
            0 => 8,
            1 => 9,
            _ => 11,
        };
    }
}
