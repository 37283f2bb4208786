using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>The conformance block as BER [APPLICATION 31] BIT STRING: 5F 1F 04 00 followed by three bytes.</summary>
internal static class ConformanceCodec
{
    public static void Write(AxdrWriter writer, Conformance conformance)
    {
        var value = (uint)conformance;
        writer.WriteByte(0x5F);
        writer.WriteByte(0x1F);
        writer.WriteByte(0x04);
        writer.WriteByte(0x00);
        writer.WriteByte((byte)(value >> 16));
        writer.WriteByte((byte)(value >> 8));
        writer.WriteByte((byte)value);
    }

    public static Conformance Read(ref AxdrReader reader)
    {
        var start = reader.Position;
        var header = reader.ReadSpan(4);
        if (header[0] != 0x5F || header[1] != 0x1F || header[2] != 0x04)
        {
            throw new DlmsProtocolException($"Expected the conformance block 5F 1F 04, got {Convert.ToHexString(header[..3])}", start);
        }

        var bytes = reader.ReadSpan(3);
        return (Conformance)(((uint)bytes[0] << 16) | ((uint)bytes[1] << 8) | bytes[2]);
    }
}
