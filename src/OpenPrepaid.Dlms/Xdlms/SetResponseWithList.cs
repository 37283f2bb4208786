using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Set-Response-With-List: C5 05 invoke-id count {Data-Access-Result}*.</summary>
public sealed record SetResponseWithList(InvokeIdAndPriority InvokeId, IReadOnlyList<DataAccessResult> Results) : DlmsApdu
{
    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.SetResponse);
        writer.WriteByte(5);
        writer.WriteByte(InvokeId.Value);
        writer.WriteLength(Results.Count);
        foreach (var result in Results)
        {
            writer.WriteByte((byte)result);
        }
    }

    public bool Equals(SetResponseWithList? other) =>
        other is not null && InvokeId == other.InvokeId && Results.SequenceEqual(other.Results);

    public override int GetHashCode() => HashCode.Combine(InvokeId, Results.Count);
}
