using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Acse;

/// <summary>RLRE, the release response (BER, tag 0x63): reason [0] (0 normal, 1 not-finished, 30 user-defined) and optional user-information.</summary>
public sealed record RlreApdu(byte? Reason = 0, byte[]? UserInformation = null) : DlmsApdu
{
    public override void Encode(AxdrWriter writer) => ReleaseCodec.Encode(writer, ApduTag.Rlre, Reason, UserInformation);

    public static RlreApdu Decode(ReadOnlySpan<byte> bytes)
    {
        var (reason, userInformation) = ReleaseCodec.Decode(bytes, ApduTag.Rlre, "RLRE");
        return new RlreApdu(reason, userInformation);
    }
}
