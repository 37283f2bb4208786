using OpenPrepaid.Dlms.Hdlc;
using OpenPrepaid.Dlms.Tests.Transport;
using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Dlms.Tests.Hdlc;

public class HdlcFrameDecoderTests
{
    private const string AarqFrame = "7E A0 2C 02 23 21 10 AF 9F E6 E6 00 60 1D A1 09 06 07 60 85 74 05 08 01 01 BE 10 04 0E 01 00 00 00 06 5F 1F 04 00 00 1E 1D FF FF C5 E4 7E";
    private const string SnrmFrame = "7E A0 07 03 21 93 0F 01 7E";

    [Theory]
    [InlineData(AarqFrame)]
    [InlineData(SnrmFrame)]
    public void EveryTruncatedPrefixNeedsMoreData(string hex)
    {
        byte[] frame = Hex.Parse(hex);
        for (int length = 0; length < frame.Length; length++)
        {
            HdlcDecodeResult result = HdlcFrameDecoder.Decode(frame.AsSpan(0, length));

            Assert.True(result.Status == FrameDecodeStatus.NeedMoreData, $"prefix of {length} bytes gave {result.Status} {result.Error}");
            Assert.Equal(0, result.Consumed);
        }
    }

    [Fact]
    public void LongFrameUsesElevenBitLength()
    {
        // A GET-Response-Normal in a frame of exactly 256 bytes between the flags (format A1 00), whose
        // octet string holds the bytes 00..EC, a 0x7E among them.
        byte[] bytes = Hex.Parse(LongFrameVector.Hex);
        HdlcDecodeResult result = HdlcFrameDecoder.Decode(bytes);

        Assert.Equal(FrameDecodeStatus.Complete, result.Status);
        HdlcFrame frame = result.Frame!;
        Assert.Equal(256, frame.Length);
        Assert.Equal(258, bytes.Length);
        Assert.Equal(257, result.Consumed);
        Assert.False(frame.Segmented);
        Assert.Equal(HdlcAddress.Client(16), frame.Destination);
        Assert.Equal(HdlcAddress.Server(1), frame.Source);
        Assert.Equal(HdlcFrameType.Information, frame.Control.Type);

        // E6 E7 00 | C4 01 C1 00 | 09 81 ED | 237 data bytes.
        ReadOnlySpan<byte> information = frame.Information.Span;
        Assert.Equal(247, information.Length);
        Assert.True(HdlcLlc.IsResponse(information));
        Assert.Equal(Hex.Parse("C4 01 C1 00 09 81 ED"), information[3..10].ToArray());
        byte[] octets = information[10..].ToArray();
        Assert.Equal(237, octets.Length);
        Assert.Equal(Enumerable.Range(0, 237).Select(value => (byte)value).ToArray(), octets);
        Assert.Contains((byte)0x7E, octets);
    }

    [Fact]
    public void EncoderWritesA100ForA247ByteInformationField()
    {
        byte[] information = Enumerable.Range(0, 247).Select(value => (byte)value).ToArray();
        var frame = new HdlcFrame(HdlcAddress.Server(1), HdlcAddress.Client(16), HdlcControl.Information(0, 0, true), information);
        byte[] bytes = HdlcFrameEncoder.Encode(frame);

        Assert.Equal(0xA1, bytes[1]);
        Assert.Equal(0x00, bytes[2]);
        Assert.Equal(258, bytes.Length);
        Assert.Equal(information, HdlcFrameDecoder.Decode(bytes).Frame!.Information.ToArray());
    }

    [Fact]
    public void EncoderRejectsFrameLongerThan2047()
    {
        var frame = new HdlcFrame(HdlcAddress.Server(1), HdlcAddress.Client(16), HdlcControl.Information(0, 0, true), new byte[2040]);

        Assert.Throws<ArgumentException>(() => HdlcFrameEncoder.Encode(frame));
    }

    [Fact]
    public void FramesSharingOneFlagDecodeInTurn()
    {
        byte[] first = Hex.Parse(SnrmFrame);
        byte[] second = Hex.Parse(AarqFrame);
        byte[] shared = [.. first, .. second.AsSpan(1)];

        HdlcDecodeResult one = HdlcFrameDecoder.Decode(shared);
        HdlcDecodeResult two = HdlcFrameDecoder.Decode(shared.AsSpan(one.Consumed));

        Assert.Equal(HdlcFrameType.SetNormalResponseMode, one.Frame!.Control.Type);
        Assert.Equal(HdlcFrameType.Information, two.Frame!.Control.Type);
        Assert.Equal(shared.Length - 1, one.Consumed + two.Consumed);
    }

    [Fact]
    public void RepeatedFlagsBetweenFramesAreSkipped()
    {
        byte[] bytes = [0x7E, 0x7E, 0x7E, .. Hex.Parse(SnrmFrame)];
        HdlcDecodeResult result = HdlcFrameDecoder.Decode(bytes);

        Assert.Equal(FrameDecodeStatus.Complete, result.Status);
        Assert.Equal(bytes.Length - 1, result.Consumed);
    }

    [Fact]
    public void JunkBeforeFlagIsSkippedToTheFlag()
    {
        byte[] bytes = [0x01, 0x02, 0x03, .. Hex.Parse(SnrmFrame)];
        HdlcDecodeResult junk = HdlcFrameDecoder.Decode(bytes);
        HdlcDecodeResult frame = HdlcFrameDecoder.Decode(bytes.AsSpan(junk.Consumed));

        Assert.Equal(FrameDecodeStatus.Invalid, junk.Status);
        Assert.Equal(HdlcFrameError.MissingOpeningFlag, junk.Error);
        Assert.Equal(3, junk.Consumed);
        Assert.Equal(FrameDecodeStatus.Complete, frame.Status);
    }

    [Fact]
    public void WrongFormatTypeIsRejectedAtOnce()
    {
        HdlcDecodeResult result = HdlcFrameDecoder.Decode([0x7E, 0xB0]);

        Assert.Equal(FrameDecodeStatus.Invalid, result.Status);
        Assert.Equal(HdlcFrameError.InvalidFormat, result.Error);
        Assert.Equal(1, result.Consumed);
        Assert.Equal(1, result.ErrorOffset);
    }

    [Fact]
    public void DeclaredLengthAboveMaximumIsRejectedBeforeItsBytesArrive()
    {
        HdlcDecodeResult tooLongForConfig = HdlcFrameDecoder.Decode([0x7E, 0xA1, 0x00], maxFrameLength: 200);
        HdlcDecodeResult withinStandard = HdlcFrameDecoder.Decode([0x7E, 0xA7, 0xFF]);

        Assert.Equal(HdlcFrameError.LengthTooLong, tooLongForConfig.Error);
        Assert.Equal(FrameDecodeStatus.NeedMoreData, withinStandard.Status);
    }

    [Fact]
    public void LengthShorterThanHeaderIsRejected()
    {
        Assert.Equal(HdlcFrameError.LengthTooShort, HdlcFrameDecoder.Decode([0x7E, 0xA0, 0x05]).Error);

        // Length 8 with a 4-byte destination leaves no room for source, control and FCS.
        Assert.Equal(HdlcFrameError.LengthTooShort, HdlcFrameDecoder.Decode(Hex.Parse("7E A0 08 00 02 00 23 21 93 00 00 7E")).Error);
    }

    [Fact]
    public void ThreeByteAddressIsRejected()
    {
        HdlcDecodeResult result = HdlcFrameDecoder.Decode(Hex.Parse("7E A0 09 00 02 23 21 93"));

        Assert.Equal(HdlcFrameError.InvalidAddress, result.Error);
        Assert.Equal(3, result.ErrorOffset);
    }

    [Fact]
    public void HeaderChecksumIsCheckedBeforeTheBodyArrives()
    {
        byte[] frame = Hex.Parse(AarqFrame);
        frame[8] ^= 0x01;
        HdlcDecodeResult result = HdlcFrameDecoder.Decode(frame.AsSpan(0, 11));

        Assert.Equal(HdlcFrameError.HeaderChecksumMismatch, result.Error);
        Assert.Equal(1, result.Consumed);
    }

    [Fact]
    public void FrameChecksumMismatchSkipsTheWholeFrame()
    {
        byte[] frame = Hex.Parse(AarqFrame);
        frame[20] ^= 0x40;
        HdlcDecodeResult result = HdlcFrameDecoder.Decode(frame);

        Assert.Equal(HdlcFrameError.FrameChecksumMismatch, result.Error);
        Assert.Equal(frame.Length - 1, result.Consumed);
        Assert.Equal(frame.Length - 3, result.ErrorOffset);
    }

    [Fact]
    public void MissingClosingFlagIsRejected()
    {
        byte[] frame = Hex.Parse(SnrmFrame);
        frame[^1] = 0x00;
        HdlcDecodeResult result = HdlcFrameDecoder.Decode(frame);

        Assert.Equal(HdlcFrameError.MissingClosingFlag, result.Error);
        Assert.Equal(frame.Length - 1, result.ErrorOffset);
        Assert.Equal(1, result.Consumed);
    }

    [Fact]
    public void FlagInsideDataDoesNotEndTheFrame()
    {
        byte[] information = [0xE6, 0xE6, 0x00, 0x7E, 0x7E, 0xA0, 0x07, 0x7E];
        var frame = new HdlcFrame(HdlcAddress.Server(1), HdlcAddress.Client(16), HdlcControl.Information(0, 0, true), information);
        HdlcDecodeResult result = HdlcFrameDecoder.Decode(HdlcFrameEncoder.Encode(frame));

        Assert.Equal(FrameDecodeStatus.Complete, result.Status);
        Assert.Equal(information, result.Frame!.Information.ToArray());
    }

    [Fact]
    public void InvalidResultBecomesProtocolExceptionWithOffset()
    {
        HdlcDecodeResult result = HdlcFrameDecoder.Decode([0x7E, 0xB0]);
        DlmsProtocolException exception = result.ToException();

        Assert.Equal(1, exception.Offset);
        Assert.Contains("format", exception.Message, StringComparison.Ordinal);
    }
}
