using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenPrepaid.Dlms.Hdlc;
using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Dlms.Tests.Hdlc;

/// <summary>
/// Any byte sequence must decode to frames, typed errors or need-more: never another exception, never a
/// step that consumes nothing while claiming progress, and never a loop that outlasts its input.
/// </summary>
public class HdlcFrameDecoderRobustnessTests
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    private static readonly Gen<byte[]> LineNoise =
        Gen.Choose(0, 3000).SelectMany(length => Gen.ArrayOf(
            Gen.Frequency((6, Gen.Choose(0, 255).Select(value => (byte)value)), (1, Gen.Constant((byte)0x7E)), (1, Gen.Constant((byte)0xA0))),
            length));

    private static readonly Gen<byte[]> CorruptedFrames =
        from count in Gen.Choose(1, 4)
        from frames in Gen.ListOf(HdlcFrameGenerators.Frame, count)
        let bytes = HdlcFrameEncoder.Encode(frames.ToList(), shareFlags: false)
        from position in Gen.Choose(0, bytes.Length - 1)
        from mask in Gen.Choose(1, 255)
        from cut in Gen.Choose(0, 3)
        select Corrupt(bytes, position, (byte)mask, cut);

    [Property(MaxTest = 300)]
    public Property RandomBytesNeverThrowOrHang() =>
        Prop.ForAll(Arb.From(LineNoise), bytes => DecodesWithinLimits(bytes, out _, out _));

    [Property(MaxTest = 300)]
    public Property CorruptedFramesGiveTypedErrorsOrNeedMore() =>
        Prop.ForAll(Arb.From(CorruptedFrames), bytes => DecodesWithinLimits(bytes, out int frames, out int errors) && frames + errors >= 0);

    [Fact]
    public void SingleBitFlipInEveryPositionIsReported()
    {
        byte[] frame = HdlcFrameEncoder.Encode(new HdlcFrame(
            HdlcAddress.Server(1, 17, 4), HdlcAddress.Client(16), HdlcControl.Information(3, 5, true), new byte[] { 0xE6, 0xE6, 0x00, 0xC0, 0x01, 0xC1 }));

        for (int position = 1; position < frame.Length - 1; position++)
        {
            for (int bit = 0; bit < 8; bit++)
            {
                byte[] changed = [.. frame];
                changed[position] ^= (byte)(1 << bit);
                HdlcDecodeResult result = HdlcFrameDecoder.Decode(changed);

                // A flipped length bit may announce a longer frame, which is need-more until it is proven wrong.
                Assert.True(
                    result.Status != FrameDecodeStatus.Complete,
                    $"flipping bit {bit} of byte {position} still decoded as {result.Frame}");
            }
        }
    }

    private static byte[] Corrupt(byte[] bytes, int position, byte mask, int cut)
    {
        byte[] changed = [.. bytes];
        changed[position] ^= mask;
        return changed[..Math.Max(0, changed.Length - cut)];
    }

    // Decodes like a receiver: consume after every complete or invalid result, stop at need-more.
    private static bool DecodesWithinLimits(byte[] bytes, out int frames, out int errors)
    {
        frames = 0;
        errors = 0;
        var watch = Stopwatch.StartNew();
        int offset = 0;
        int steps = 0;
        while (offset <= bytes.Length)
        {
            HdlcDecodeResult result = HdlcFrameDecoder.Decode(bytes.AsSpan(offset));
            if (result.Status == FrameDecodeStatus.NeedMoreData)
            {
                return result.Consumed == 0 && watch.Elapsed < TimeLimit;
            }

            if (result.Consumed < 1 || offset + result.Consumed > bytes.Length || ++steps > bytes.Length)
            {
                return false;
            }

            if (result.Status == FrameDecodeStatus.Complete)
            {
                frames++;
            }
            else
            {
                errors++;
                if (result.Error == HdlcFrameError.None)
                {
                    return false;
                }
            }

            offset += result.Consumed;
        }

        return false;
    }
}
