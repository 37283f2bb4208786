using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Acse;

/// <summary>
/// Reads the BER tag-length-value components of ACSE APDUs. BER definite lengths use the same short and long
/// forms as A-XDR lengths, so the length is read by <see cref="AxdrReader.ReadLength"/>.
/// </summary>
internal static class BerReader
{
    /// <summary>Reads one component: its single-byte tag and its content.</summary>
    public static BerComponent ReadComponent(ref AxdrReader reader)
    {
        var offset = reader.Position;
        var tag = reader.ReadByte();
        if ((tag & 0x1F) == 0x1F)
        {
            throw new DlmsProtocolException($"Multi-byte BER tag 0x{tag:X2} is not used in ACSE APDUs", offset);
        }

        var length = reader.ReadLength();
        return new BerComponent(tag, reader.ReadSpan(length), offset);
    }

    /// <summary>Opens the outer APDU: checks the tag and returns a reader over exactly its content.</summary>
    public static AxdrReader OpenApdu(ReadOnlySpan<byte> bytes, byte expectedTag, string name)
    {
        var header = new AxdrReader(bytes);
        var tag = header.ReadByte();
        if (tag != expectedTag)
        {
            throw new DlmsProtocolException($"Expected {name} (0x{expectedTag:X2}), got tag 0x{tag:X2}", 0);
        }

        var length = header.ReadLength();
        if (length != header.Remaining)
        {
            throw new DlmsProtocolException($"{name} declares {length} content bytes but {header.Remaining} follow", 1);
        }

        return new AxdrReader(bytes[header.Position..]);
    }

    /// <summary>Reads the last arc of an OID under the DLMS UA prefix 2.16.756.5.8.<paramref name="group"/>.</summary>
    public static byte ReadDlmsOidArc(ReadOnlySpan<byte> oidComponent, byte group, string what)
    {
        // 06 07 60 85 74 05 08 gg xx: OBJECT IDENTIFIER, 7 bytes, 2.16.756.5.8.group.xx
        if (oidComponent.Length != 9 || oidComponent[0] != 0x06 || oidComponent[1] != 0x07
            || !oidComponent[2..7].SequenceEqual(BerWriter.DlmsUaOidPrefix) || oidComponent[7] != group)
        {
            throw new DlmsProtocolException($"{what} is not a DLMS UA object identifier: {Convert.ToHexString(oidComponent)}");
        }

        return oidComponent[8];
    }

    /// <summary>Reads the content of an implicitly tagged INTEGER that fits one byte, as in A2 03 02 01 rr.</summary>
    public static byte ReadSmallInteger(ReadOnlySpan<byte> content, string what)
    {
        if (content.Length != 3 || content[0] != 0x02 || content[1] != 0x01)
        {
            throw new DlmsProtocolException($"{what} is not a one-byte INTEGER: {Convert.ToHexString(content)}");
        }

        return content[2];
    }

    /// <summary>Reads an OCTET STRING (04 len bytes) wrapped in user-information, or a [0] GraphicString (80 len bytes).</summary>
    public static byte[] ReadWrappedString(ReadOnlySpan<byte> content, byte innerTag, string what)
    {
        var reader = new AxdrReader(content);
        var component = ReadComponent(ref reader);
        if (component.Tag != innerTag || !reader.IsAtEnd)
        {
            throw new DlmsProtocolException($"{what} must hold one 0x{innerTag:X2} component, found tag 0x{component.Tag:X2}", component.Offset);
        }

        return component.Content.ToArray();
    }
}
