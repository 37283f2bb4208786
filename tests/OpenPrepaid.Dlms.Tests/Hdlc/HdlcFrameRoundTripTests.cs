using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenPrepaid.Dlms.Hdlc;
using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Dlms.Tests.Hdlc;

public class HdlcFrameRoundTripTests
{
    [Property(MaxTest = 300)]
    public Property FrameRoundTrips() =>
        Prop.ForAll(Arb.From(HdlcFrameGenerators.Frame), frame =>
        {
            byte[] bytes = HdlcFrameEncoder.Encode(frame);
            HdlcDecodeResult result = HdlcFrameDecoder.Decode(bytes);
            HdlcFrame decoded = result.Frame!;

            return result.Status == FrameDecodeStatus.Complete
                && result.Consumed == bytes.Length - 1
                && decoded.Length == frame.Length
                && decoded.Destination == frame.Destination
                && decoded.Source == frame.Source
                && decoded.Control == frame.Control
                && decoded.Segmented == frame.Segmented
                && decoded.Information.Span.SequenceEqual(frame.Information.Span);
        });

    [Property(MaxTest = 100)]
    public Property WindowWithSharedFlagsRoundTrips() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 7).SelectMany(count => Gen.ListOf(HdlcFrameGenerators.Frame, count)).Select(frames => frames.ToList())), frames =>
        {
            byte[] bytes = HdlcFrameEncoder.Encode(frames, shareFlags: true);
            int offset = 0;
            foreach (HdlcFrame frame in frames)
            {
                HdlcDecodeResult result = HdlcFrameDecoder.Decode(bytes.AsSpan(offset));
                if (result.Status != FrameDecodeStatus.Complete || result.Frame!.Control != frame.Control
                    || !result.Frame.Information.Span.SequenceEqual(frame.Information.Span))
                {
                    return false;
                }

                offset += result.Consumed;
            }

            return offset == bytes.Length - 1;
        });

    [Property(MaxTest = 100)]
    public Property EveryPrefixOfAnyFrameNeedsMoreData() =>
        Prop.ForAll(Arb.From(HdlcFrameGenerators.Frame), Arb.From(Gen.Choose(0, 10_000)), (frame, cutSeed) =>
        {
            byte[] bytes = HdlcFrameEncoder.Encode(frame);
            int cut = cutSeed % bytes.Length;
            HdlcDecodeResult result = HdlcFrameDecoder.Decode(bytes.AsSpan(0, cut));

            return result.Status == FrameDecodeStatus.NeedMoreData && result.Consumed == 0;
        });
}
