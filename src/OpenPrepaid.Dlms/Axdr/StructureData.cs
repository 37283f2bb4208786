namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR structure: an A-XDR element count, then elements of any types, each with its own tag. Equality compares the elements.</summary>
public sealed record StructureData(IReadOnlyList<DlmsData> Items) : DlmsData
{
    public StructureData(params DlmsData[] items)
        : this((IReadOnlyList<DlmsData>)items)
    {
    }

    public override DlmsDataType Type => DlmsDataType.Structure;

    public int Count => Items.Count;

    public DlmsData this[int index] => Items[index];

    public bool Equals(StructureData? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => $"Structure[{Items.Count}] {{ {string.Join(", ", Items)} }}";
}
