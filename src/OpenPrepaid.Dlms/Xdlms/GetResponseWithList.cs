using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Get-Response-With-List: C4 03 invoke-id count {Get-Data-Result}*, one result per requested attribute.</summary>
public sealed record GetResponseWithList(InvokeIdAndPriority InvokeId, IReadOnlyList<GetDataResult> Results) : DlmsApdu
{
    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.GetResponse);
        writer.WriteByte(3);
        writer.WriteByte(InvokeId.Value);
        writer.WriteLength(Results.Count);
        foreach (var result in Results)
        {
            result.Write(writer);
        }
    }

    public bool Equals(GetResponseWithList? other) =>
        other is not null && InvokeId == other.InvokeId && Results.SequenceEqual(other.Results);

    public override int GetHashCode() => HashCode.Combine(InvokeId, Results.Count);
}
