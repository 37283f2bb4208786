using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Acse;

/// <summary>
/// AARQ, the association request (BER, tag 0x60). UserInformation holds the encoded xDLMS
/// InitiateRequest. The password of low level security travels in CallingAuthenticationValue and is never
/// included in <see cref="ToString"/>.
/// </summary>
public sealed record AarqApdu : DlmsApdu
{
    public ApplicationContextName ApplicationContext { get; init; } = ApplicationContextName.LogicalNameNoCiphering;

    /// <summary>Client system title (8 bytes), needed for ciphering and HLS; null for none.</summary>
    public byte[]? CallingApTitle { get; init; }

    /// <summary>The mechanism, or null when the field is absent (lowest level security).</summary>
    public AuthenticationMechanism? Mechanism { get; init; }

    public byte[]? CallingAuthenticationValue { get; init; }

    public byte[]? UserInformation { get; init; }

    public override void Encode(AxdrWriter writer)
    {
        var content = new AxdrWriter(64);
        BerWriter.WriteDlmsOid(content, 0xA1, 1, (byte)ApplicationContext, wrapInObjectIdentifier: true);
        if (CallingApTitle is not null)
        {
            BerWriter.WriteWrappedString(content, 0xA6, 0x04, CallingApTitle);
        }

        if (Mechanism is { } mechanism && mechanism != AuthenticationMechanism.None)
        {
            // sender-acse-requirements: BIT STRING, 7 unused bits, bit 0 (authentication) set.
            BerWriter.WriteComponent(content, 0x8A, [0x07, 0x80]);
            BerWriter.WriteDlmsOid(content, 0x8B, 2, (byte)mechanism, wrapInObjectIdentifier: false);
        }

        if (CallingAuthenticationValue is not null)
        {
            BerWriter.WriteWrappedString(content, 0xAC, 0x80, CallingAuthenticationValue);
        }

        if (UserInformation is not null)
        {
            BerWriter.WriteWrappedString(content, 0xBE, 0x04, UserInformation);
        }

        BerWriter.WriteApdu(writer, ApduTag.Aarq, content);
    }

    public static AarqApdu Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = BerReader.OpenApdu(bytes, ApduTag.Aarq, "AARQ");
        var result = new AarqApdu();
        var hasContext = false;
        while (!reader.IsAtEnd)
        {
            var component = BerReader.ReadComponent(ref reader);
            var content = component.Content;
            var tag = component.Tag;
            switch (tag)
            {
                case 0xA1:
                    result = result with { ApplicationContext = (ApplicationContextName)BerReader.ReadDlmsOidArc(content, 1, "application-context-name") };
                    hasContext = true;
                    break;
                case 0xA6:
                    result = result with { CallingApTitle = BerReader.ReadWrappedString(content, 0x04, "calling-AP-title") };
                    break;
                case 0x8B:
                    result = result with { Mechanism = (AuthenticationMechanism)ReadMechanism(content) };
                    break;
                case 0xAC:
                    result = result with { CallingAuthenticationValue = BerReader.ReadWrappedString(content, 0x80, "calling-authentication-value") };
                    break;
                case 0xBE:
                    result = result with { UserInformation = BerReader.ReadWrappedString(content, 0x04, "user-information") };
                    break;
                default:
                    // protocol-version, called titles, acse-requirements and implementation-information carry
                    // nothing this library acts on.
                    break;
            }
        }

        if (!hasContext)
        {
            throw new DlmsProtocolException("AARQ has no application-context-name");
        }

        return result;
    }

    /// <summary>Reads a mechanism-name: the OID content itself follows the implicit tag (8B 07 60 85 74 05 08 02 xx).</summary>
    internal static byte ReadMechanism(ReadOnlySpan<byte> content)
    {
        // Checked before the stackalloc below: the length comes from the peer.
        if (content.Length != 7)
        {
            throw new DlmsProtocolException($"mechanism-name must be a 7-byte DLMS UA object identifier, got {content.Length} bytes");
        }

        Span<byte> wrapped = stackalloc byte[content.Length + 2];
        wrapped[0] = 0x06;
        wrapped[1] = (byte)content.Length;
        content.CopyTo(wrapped[2..]);
        return BerReader.ReadDlmsOidArc(wrapped, 2, "mechanism-name");
    }

    public override string ToString() =>
        $"AARQ {{ context {ApplicationContext}, mechanism {Mechanism?.ToString() ?? "none"}, authentication value {(CallingAuthenticationValue is null ? "absent" : "present")} }}";
}
