using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Get-Request-With-List: C0 03 invoke-id count {descriptor access-selection}*.</summary>
public sealed record GetRequestWithList(InvokeIdAndPriority InvokeId, IReadOnlyList<AttributeReference> References) : DlmsApdu
{
    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.GetRequest);
        writer.WriteByte(3);
        writer.WriteByte(InvokeId.Value);
        writer.WriteLength(References.Count);
        foreach (var reference in References)
        {
            reference.Write(writer);
        }
    }

    public bool Equals(GetRequestWithList? other) =>
        other is not null && InvokeId == other.InvokeId && References.SequenceEqual(other.References);

    public override int GetHashCode() => HashCode.Combine(InvokeId, References.Count);
}
