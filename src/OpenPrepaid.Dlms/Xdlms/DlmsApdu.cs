using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>An application-layer PDU: ACSE (AARQ, AARE, RLRQ, RLRE) or xDLMS. Decode with <see cref="ApduDecoder"/>.</summary>
public abstract record DlmsApdu
{
    /// <summary>Writes the whole APDU, tag first.</summary>
    public abstract void Encode(AxdrWriter writer);

    public byte[] ToArray()
    {
        var writer = new AxdrWriter();
        Encode(writer);
        return writer.ToArray();
    }
}
