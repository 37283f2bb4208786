using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Selective-Access-Descriptor of GET and SET: an access selector and its parameters (one Data value).</summary>
public sealed record SelectiveAccessDescriptor(byte Selector, DlmsData Parameters)
{
    /// <summary>Writes the OPTIONAL access selection: 00 when absent, else 01, the selector and the parameters.</summary>
    public static void WriteOptional(AxdrWriter writer, SelectiveAccessDescriptor? access)
    {
        if (access is null)
        {
            writer.WriteByte(0);
            return;
        }

        writer.WriteByte(1);
        writer.WriteByte(access.Selector);
        DlmsDataCodec.Write(writer, access.Parameters);
    }

    public static SelectiveAccessDescriptor? ReadOptional(ref AxdrReader reader)
    {
        if (reader.ReadByte() == 0)
        {
            return null;
        }

        var selector = reader.ReadByte();
        var parameters = DlmsDataCodec.Read(ref reader);
        return new SelectiveAccessDescriptor(selector, parameters);
    }
}
