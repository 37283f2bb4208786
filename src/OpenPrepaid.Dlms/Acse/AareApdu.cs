using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Acse;

/// <summary>
/// AARE, the association response (BER, tag 0x61). UserInformation holds the encoded InitiateResponse on
/// acceptance, a ConfirmedServiceError on some rejections, or nothing: a rejected AARE without
/// user-information is still a rejection.
/// </summary>
public sealed record AareApdu : DlmsApdu
{
    public ApplicationContextName ApplicationContext { get; init; } = ApplicationContextName.LogicalNameNoCiphering;

    public AssociationResult Result { get; init; }

    public ResultSourceDiagnostic Diagnostic { get; init; }

    public byte[]? RespondingApTitle { get; init; }

    public AuthenticationMechanism? Mechanism { get; init; }

    public byte[]? RespondingAuthenticationValue { get; init; }

    public byte[]? UserInformation { get; init; }

    public override void Encode(AxdrWriter writer)
    {
        var content = new AxdrWriter(64);
        BerWriter.WriteDlmsOid(content, 0xA1, 1, (byte)ApplicationContext, wrapInObjectIdentifier: true);
        BerWriter.WriteSmallInteger(content, 0xA2, (byte)Result);

        var diagnostic = new AxdrWriter(8);
        BerWriter.WriteSmallInteger(diagnostic, Diagnostic.FromServiceProvider ? (byte)0xA2 : (byte)0xA1, Diagnostic.Value);
        BerWriter.WriteComponent(content, 0xA3, diagnostic.WrittenSpan);

        if (RespondingApTitle is not null)
        {
            BerWriter.WriteWrappedString(content, 0xA4, 0x04, RespondingApTitle);
        }

        if (Mechanism is { } mechanism && mechanism != AuthenticationMechanism.None)
        {
            BerWriter.WriteComponent(content, 0x88, [0x07, 0x80]);
            BerWriter.WriteDlmsOid(content, 0x89, 2, (byte)mechanism, wrapInObjectIdentifier: false);
        }

        if (RespondingAuthenticationValue is not null)
        {
            BerWriter.WriteWrappedString(content, 0xAA, 0x80, RespondingAuthenticationValue);
        }

        if (UserInformation is not null)
        {
            BerWriter.WriteWrappedString(content, 0xBE, 0x04, UserInformation);
        }

        BerWriter.WriteApdu(writer, ApduTag.Aare, content);
    }

    public static AareApdu Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = BerReader.OpenApdu(bytes, ApduTag.Aare, "AARE");
        var result = new AareApdu();
        var hasResult = false;
        var hasDiagnostic = false;
        while (!reader.IsAtEnd)
        {
            var component = BerReader.ReadComponent(ref reader);
            var content = component.Content;
            var tag = component.Tag;
            var offset = component.Offset;
            switch (tag)
            {
                case 0xA1:
                    result = result with { ApplicationContext = (ApplicationContextName)BerReader.ReadDlmsOidArc(content, 1, "application-context-name") };
                    break;
                case 0xA2:
                    result = result with { Result = (AssociationResult)BerReader.ReadSmallInteger(content, "AARE result") };
                    hasResult = true;
                    break;
                case 0xA3:
                    result = result with { Diagnostic = ReadDiagnostic(content, offset) };
                    hasDiagnostic = true;
                    break;
                case 0xA4:
                    result = result with { RespondingApTitle = BerReader.ReadWrappedString(content, 0x04, "responding-AP-title") };
                    break;
                case 0x89:
                    result = result with { Mechanism = (AuthenticationMechanism)AarqApdu.ReadMechanism(content) };
                    break;
                case 0xAA:
                    result = result with { RespondingAuthenticationValue = BerReader.ReadWrappedString(content, 0x80, "responding-authentication-value") };
                    break;
                case 0xBE:
                    result = result with { UserInformation = BerReader.ReadWrappedString(content, 0x04, "user-information") };
                    break;
                default:
                    break;
            }
        }

        if (!hasResult || !hasDiagnostic)
        {
            throw new DlmsProtocolException($"AARE lacks its {(hasResult ? "result-source-diagnostic" : "result")}");
        }

        return result;
    }

    private static ResultSourceDiagnostic ReadDiagnostic(ReadOnlySpan<byte> content, int offset)
    {
        var reader = new AxdrReader(content);
        var component = BerReader.ReadComponent(ref reader);
        var tag = component.Tag;
        var inner = component.Content;
        if (tag is not (0xA1 or 0xA2) || !reader.IsAtEnd)
        {
            throw new DlmsProtocolException($"result-source-diagnostic must be acse-service-user (A1) or acse-service-provider (A2), got 0x{tag:X2}", offset);
        }

        return new ResultSourceDiagnostic(tag == 0xA2, BerReader.ReadSmallInteger(inner, "result-source-diagnostic"));
    }
}
