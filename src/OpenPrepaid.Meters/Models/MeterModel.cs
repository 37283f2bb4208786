using System.Collections.Frozen;
using OpenPrepaid.Dlms.Cosem;

namespace OpenPrepaid.Meters.Models;

/// <summary>
/// The object map of one meter model: which COSEM objects it has, their attributes and methods, and what
/// each client SAP may do with them. Loaded from a model file by <see cref="MeterModelLoader"/>.
/// </summary>
public sealed class MeterModel
{
    private readonly FrozenDictionary<string, CosemObjectDefinition> _byKey;
    private readonly FrozenDictionary<ObisCode, CosemObjectDefinition> _byLogicalName;

    internal MeterModel(
        string name,
        string? description,
        string tokenFormat,
        IReadOnlyList<AssociationDefinition> associations,
        IReadOnlyList<CosemObjectDefinition> objects)
    {
        Name = name;
        Description = description;
        TokenFormat = tokenFormat;
        Associations = associations;
        Objects = objects;
        _byKey = objects.ToFrozenDictionary(definition => definition.Key, StringComparer.Ordinal);
        _byLogicalName = objects.ToFrozenDictionary(definition => definition.LogicalName);
    }

    public string Name { get; }

    public string? Description { get; }

    /// <summary>How a top-up travels to this model: <c>binary-hmac-v1</c> is the token format of this project.</summary>
    public string TokenFormat { get; }

    public IReadOnlyList<AssociationDefinition> Associations { get; }

    public IReadOnlyList<CosemObjectDefinition> Objects { get; }

    public CosemObjectDefinition? FindByKey(string key) => _byKey.GetValueOrDefault(key);

    public CosemObjectDefinition? FindByLogicalName(ObisCode logicalName) => _byLogicalName.GetValueOrDefault(logicalName);

    /// <summary>Returns the object with this key, or throws when the model has none (a mistake in the caller).</summary>
    public CosemObjectDefinition GetByKey(string key)
    {
        return FindByKey(key)
            ?? throw new KeyNotFoundException($"Meter model '{Name}' has no object with key '{key}'.");
    }

    public AssociationDefinition? FindAssociation(ushort clientSap)
    {
        return Associations.FirstOrDefault(association => association.ClientSap == clientSap);
    }

    /// <summary>The objects a client SAP can see, in model order: the content of its Association LN object_list.</summary>
    public IEnumerable<CosemObjectDefinition> ObjectsVisibleTo(ushort clientSap)
    {
        return Objects.Where(definition => definition.IsVisibleTo(clientSap));
    }
}
