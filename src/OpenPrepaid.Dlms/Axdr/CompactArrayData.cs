namespace OpenPrepaid.Dlms.Axdr;

/// <summary>
/// A-XDR compact-array: a contents-description that every element follows, then the elements packed without
/// their tags inside one length-prefixed block. <see cref="Items"/> holds the elements as ordinary typed values.
/// </summary>
public sealed record CompactArrayData(TypeDescription ContentsDescription, IReadOnlyList<DlmsData> Items) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.CompactArray;

    public bool Equals(CompactArrayData? other) =>
        other is not null && ContentsDescription.Equals(other.ContentsDescription) && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => HashCode.Combine(ContentsDescription, Items.Count);
}
