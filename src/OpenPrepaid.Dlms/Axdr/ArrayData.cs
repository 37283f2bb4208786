namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR array: an A-XDR element count, then elements of one type, each with its own tag. Equality compares the elements.</summary>
public sealed record ArrayData(IReadOnlyList<DlmsData> Items) : DlmsData
{
    public ArrayData(params DlmsData[] items)
        : this((IReadOnlyList<DlmsData>)items)
    {
    }

    public override DlmsDataType Type => DlmsDataType.Array;

    public int Count => Items.Count;

    public DlmsData this[int index] => Items[index];

    public bool Equals(ArrayData? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => $"Array[{Items.Count}] {{ {string.Join(", ", Items)} }}";
}
