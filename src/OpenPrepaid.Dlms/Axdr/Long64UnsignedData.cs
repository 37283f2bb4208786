namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR long64-unsigned (Unsigned64).</summary>
public sealed record Long64UnsignedData(ulong Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.Long64Unsigned;

    public override bool TryGetInteger(out Int128 value)
    {
        value = Value;
        return true;
    }
}
