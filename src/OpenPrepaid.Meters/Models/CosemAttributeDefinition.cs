namespace OpenPrepaid.Meters.Models;

/// <summary>One attribute of a COSEM object in a meter model, with its access per client SAP.</summary>
public sealed record CosemAttributeDefinition
{
    public required sbyte Index { get; init; }

    /// <summary>Attribute name as the interface class defines it (e.g. <c>available_credit</c>).</summary>
    public required string Name { get; init; }

    public required CosemTypeDefinition Type { get; init; }

    /// <summary>
    /// False when a meter of this model may return object-undefined for the attribute. A reader then
    /// shows no value and still counts the read as successful.
    /// </summary>
    public bool Mandatory { get; init; } = true;

    /// <summary>Meaning, units and encoding notes for readers of the model.</summary>
    public string? Description { get; init; }

    /// <summary>Access per client SAP; a SAP that is missing has no access.</summary>
    public required IReadOnlyDictionary<ushort, AttributeAccessMode> Access { get; init; }

    public AttributeAccessMode AccessFor(ushort clientSap)
    {
        return Access.TryGetValue(clientSap, out var mode) ? mode : AttributeAccessMode.NoAccess;
    }

    public bool CanRead(ushort clientSap)
    {
        var mode = AccessFor(clientSap);
        return mode is AttributeAccessMode.ReadOnly or AttributeAccessMode.ReadAndWrite;
    }

    public bool CanWrite(ushort clientSap)
    {
        var mode = AccessFor(clientSap);
        return mode is AttributeAccessMode.WriteOnly or AttributeAccessMode.ReadAndWrite;
    }
}
