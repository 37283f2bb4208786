using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Acse;

/// <summary>Writes BER tag-length-value components of ACSE APDUs.</summary>
internal static class BerWriter
{
    /// <summary>2.16.756.5.8 encoded: the DLMS UA object identifier prefix.</summary>
    public static ReadOnlySpan<byte> DlmsUaOidPrefix => [0x60, 0x85, 0x74, 0x05, 0x08];

    public static void WriteComponent(AxdrWriter writer, byte tag, ReadOnlySpan<byte> content)
    {
        writer.WriteByte(tag);
        writer.WriteLength(content.Length);
        writer.WriteBytes(content);
    }

    /// <summary>Writes tag, then an OID 2.16.756.5.8.group.arc inside it, as A1 09 06 07 60 85 74 05 08 01 01.</summary>
    public static void WriteDlmsOid(AxdrWriter writer, byte tag, byte group, byte arc, bool wrapInObjectIdentifier)
    {
        Span<byte> oid = [0x60, 0x85, 0x74, 0x05, 0x08, group, arc];
        if (wrapInObjectIdentifier)
        {
            writer.WriteByte(tag);
            writer.WriteLength(oid.Length + 2);
            WriteComponent(writer, 0x06, oid);
        }
        else
        {
            WriteComponent(writer, tag, oid);
        }
    }

    public static void WriteSmallInteger(AxdrWriter writer, byte tag, byte value) =>
        WriteComponent(writer, tag, [0x02, 0x01, value]);

    /// <summary>Writes tag { innerTag len value }, as BE len 04 len InitiateRequest or AC len 80 len password.</summary>
    public static void WriteWrappedString(AxdrWriter writer, byte tag, byte innerTag, ReadOnlySpan<byte> value)
    {
        var inner = new AxdrWriter(value.Length + 4);
        WriteComponent(inner, innerTag, value);
        WriteComponent(writer, tag, inner.WrittenSpan);
    }

    /// <summary>Wraps the written content in an outer APDU tag and length.</summary>
    public static void WriteApdu(AxdrWriter writer, byte tag, AxdrWriter content) => WriteComponent(writer, tag, content.WrittenSpan);
}
