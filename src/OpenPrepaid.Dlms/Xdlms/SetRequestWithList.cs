using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Set-Request-With-List: C1 04 invoke-id count {descriptor access-selection}* count {Data}*.</summary>
public sealed record SetRequestWithList(InvokeIdAndPriority InvokeId, IReadOnlyList<AttributeReference> References, IReadOnlyList<DlmsData> Values) : DlmsApdu
{
    public override void Encode(AxdrWriter writer)
    {
        if (References.Count != Values.Count)
        {
            throw new InvalidOperationException($"Set-Request-With-List has {References.Count} attributes but {Values.Count} values");
        }

        writer.WriteByte(ApduTag.SetRequest);
        writer.WriteByte(4);
        writer.WriteByte(InvokeId.Value);
        writer.WriteLength(References.Count);
        foreach (var reference in References)
        {
            reference.Write(writer);
        }

        writer.WriteLength(Values.Count);
        foreach (var value in Values)
        {
            DlmsDataCodec.Write(writer, value);
        }
    }

    public bool Equals(SetRequestWithList? other) =>
        other is not null && InvokeId == other.InvokeId && References.SequenceEqual(other.References) && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(InvokeId, References.Count);
}
