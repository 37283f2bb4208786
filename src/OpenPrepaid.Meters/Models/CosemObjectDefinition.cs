using OpenPrepaid.Dlms.Cosem;

namespace OpenPrepaid.Meters.Models;

/// <summary>One COSEM object of a meter model: interface class, version, logical name, attributes and methods.</summary>
public sealed record CosemObjectDefinition
{
    /// <summary>Stable identifier of the object inside the model (e.g. <c>account</c>, <c>energy-import-tariff-1</c>).</summary>
    public required string Key { get; init; }

    /// <summary>Human-readable name of what the object holds.</summary>
    public required string Name { get; init; }

    public required ushort ClassId { get; init; }

    public required byte Version { get; init; }

    public required ObisCode LogicalName { get; init; }

    /// <summary>
    /// False when a meter of this model may return object-undefined for it. A missing mandatory object fails the read.
    /// </summary>
    public bool Mandatory { get; init; } = true;

    /// <summary>True for objects in a manufacturer-specific OBIS range, whose meaning this model defines.</summary>
    public bool ManufacturerSpecific { get; init; }

    public string? Description { get; init; }

    /// <summary>Scaler and unit of the value: set on Registers and Extended registers, null on every other class.</summary>
    public ScalerUnit? ScalerUnit { get; init; }

    public required IReadOnlyList<CosemAttributeDefinition> Attributes { get; init; }

    public IReadOnlyList<CosemMethodDefinition> Methods { get; init; } = [];

    public CosemAttributeDefinition? FindAttribute(int index)
    {
        return Attributes.FirstOrDefault(attribute => attribute.Index == index);
    }

    public CosemMethodDefinition? FindMethod(int index)
    {
        return Methods.FirstOrDefault(method => method.Index == index);
    }

    /// <summary>Whether a client SAP can see the object at all: read one attribute or invoke one method.</summary>
    public bool IsVisibleTo(ushort clientSap)
    {
        return Attributes.Any(attribute => attribute.Index != 1 && attribute.AccessFor(clientSap) != AttributeAccessMode.NoAccess)
            || Methods.Any(method => method.CanInvoke(clientSap));
    }

    public override string ToString() => $"{Key} ({LogicalName}, class {ClassId})";
}
