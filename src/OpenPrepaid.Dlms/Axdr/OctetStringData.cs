namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR octet-string: an A-XDR length and raw bytes. Equality compares the contents.</summary>
public sealed record OctetStringData(byte[] Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.OctetString;

    public bool Equals(OctetStringData? other) => other is not null && Value.AsSpan().SequenceEqual(other.Value);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Value);
        return hash.ToHashCode();
    }

    public override string ToString() => $"OctetString[{Value.Length}] {Convert.ToHexString(Value)}";
}
