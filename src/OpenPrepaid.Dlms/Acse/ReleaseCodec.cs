using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Acse;

/// <summary>The shared layout of RLRQ and RLRE: [80 01 reason] [BE len 04 len user-information].</summary>
internal static class ReleaseCodec
{
    public static void Encode(AxdrWriter writer, byte tag, byte? reason, byte[]? userInformation)
    {
        var content = new AxdrWriter(32);
        if (reason is { } value)
        {
            BerWriter.WriteComponent(content, 0x80, [value]);
        }

        if (userInformation is not null)
        {
            BerWriter.WriteWrappedString(content, 0xBE, 0x04, userInformation);
        }

        BerWriter.WriteApdu(writer, tag, content);
    }

    public static (byte? Reason, byte[]? UserInformation) Decode(ReadOnlySpan<byte> bytes, byte tag, string name)
    {
        var reader = BerReader.OpenApdu(bytes, tag, name);
        byte? reason = null;
        byte[]? userInformation = null;
        while (!reader.IsAtEnd)
        {
            var component = BerReader.ReadComponent(ref reader);
            var componentTag = component.Tag;
            var content = component.Content;
            var offset = component.Offset;
            if (componentTag == 0x80)
            {
                if (content.Length != 1)
                {
                    throw new DlmsProtocolException($"{name} reason must be one byte, got {content.Length}", offset);
                }

                reason = content[0];
            }
            else if (componentTag == 0xBE)
            {
                userInformation = BerReader.ReadWrappedString(content, 0x04, "user-information");
            }
        }

        return (reason, userInformation);
    }
}
