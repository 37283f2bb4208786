namespace OpenPrepaid.Dlms.Axdr;

/// <summary>A-XDR long64 (Integer64).</summary>
public sealed record Long64Data(long Value) : DlmsData
{
    public override DlmsDataType Type => DlmsDataType.Long64;

    public override bool TryGetInteger(out Int128 value)
    {
        value = Value;
        return true;
    }
}
