using OpenPrepaid.Dlms.Hdlc;
using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Dlms.Tests.Hdlc;

/// <summary>Carries frames between link state machines through the real encoder and decoder.</summary>
internal static class Wire
{
    public static HdlcFrame Carry(HdlcFrame frame)
    {
        HdlcDecodeResult result = HdlcFrameDecoder.Decode(HdlcFrameEncoder.Encode(frame));
        Assert.Equal(FrameDecodeStatus.Complete, result.Status);
        return result.Frame!;
    }

    public static HdlcFrame Decode(string hex)
    {
        HdlcDecodeResult result = HdlcFrameDecoder.Decode(Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal)));
        Assert.Equal(FrameDecodeStatus.Complete, result.Status);
        return result.Frame!;
    }

    public static byte[] Reverse(ReadOnlyMemory<byte> bytes)
    {
        byte[] copy = bytes.ToArray();
        Array.Reverse(copy);
        return copy;
    }

    public static byte[] Pattern(int length, int seed = 0) => Enumerable.Range(seed, length).Select(value => (byte)(value * 7)).ToArray();
}
