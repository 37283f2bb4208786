using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Acse;

/// <summary>RLRQ, the release request (BER, tag 0x62): reason [0] (0 normal, 1 urgent, 30 user-defined) and optional user-information.</summary>
public sealed record RlrqApdu(byte? Reason = 0, byte[]? UserInformation = null) : DlmsApdu
{
    public override void Encode(AxdrWriter writer) => ReleaseCodec.Encode(writer, ApduTag.Rlrq, Reason, UserInformation);

    public static RlrqApdu Decode(ReadOnlySpan<byte> bytes)
    {
        var (reason, userInformation) = ReleaseCodec.Decode(bytes, ApduTag.Rlrq, "RLRQ");
        return new RlrqApdu(reason, userInformation);
    }
}
