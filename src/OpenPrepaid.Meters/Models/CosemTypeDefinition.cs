using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Meters.Models;

/// <summary>
/// The A-XDR type of an attribute, a method parameter or one member of a structure. Structures list
/// their members in order and arrays give the type of their elements.
/// </summary>
public sealed record CosemTypeDefinition
{
    public CosemTypeDefinition(DlmsDataType type, string? name = null)
    {
        Type = type;
        Name = name;
    }

    public DlmsDataType Type { get; }

    /// <summary>Member name as the standard gives it (e.g. <c>currency_scale</c>); null at the top level.</summary>
    public string? Name { get; }

    /// <summary>Structure members in encoding order; empty for every other type.</summary>
    public IReadOnlyList<CosemTypeDefinition> Members { get; init; } = [];

    /// <summary>Element type of an array; null for every other type.</summary>
    public CosemTypeDefinition? Element { get; init; }

    /// <summary>Length in bytes of an octet-string, or in bits of a bit-string, when the model fixes one.</summary>
    public int? FixedLength { get; init; }

    public override string ToString() => CosemDataTypeNames.ToName(Type);
}
