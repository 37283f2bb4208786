namespace OpenPrepaid.Dlms.Axdr;

/// <summary>
/// The TypeDescription of a compact-array (IEC 62056-6-2): a simple type, an array of a fixed number of
/// elements of one description, or a structure of descriptions.
/// </summary>
public sealed record TypeDescription
{
    private TypeDescription(DlmsDataType type, ushort arrayLength, TypeDescription? elementType, IReadOnlyList<TypeDescription> structureElements)
    {
        Type = type;
        ArrayLength = arrayLength;
        ElementType = elementType;
        StructureElements = structureElements;
    }

    public DlmsDataType Type { get; }

    /// <summary>Number of elements when <see cref="Type"/> is an array.</summary>
    public ushort ArrayLength { get; }

    /// <summary>Description of each element when <see cref="Type"/> is an array.</summary>
    public TypeDescription? ElementType { get; }

    /// <summary>Descriptions of the members when <see cref="Type"/> is a structure; empty otherwise.</summary>
    public IReadOnlyList<TypeDescription> StructureElements { get; }

    public static TypeDescription Simple(DlmsDataType type)
    {
        if (type is DlmsDataType.Array or DlmsDataType.Structure or DlmsDataType.CompactArray)
        {
            throw new ArgumentException($"{type} is not a simple type", nameof(type));
        }

        return new TypeDescription(type, 0, null, []);
    }

    public static TypeDescription Array(ushort length, TypeDescription elementType) =>
        new(DlmsDataType.Array, length, elementType, []);

    public static TypeDescription Structure(params TypeDescription[] elements) =>
        new(DlmsDataType.Structure, 0, null, elements);

    public bool Equals(TypeDescription? other) =>
        other is not null
        && Type == other.Type
        && ArrayLength == other.ArrayLength
        && Equals(ElementType, other.ElementType)
        && StructureElements.SequenceEqual(other.StructureElements);

    public override int GetHashCode() => HashCode.Combine(Type, ArrayLength, ElementType, StructureElements.Count);
}
