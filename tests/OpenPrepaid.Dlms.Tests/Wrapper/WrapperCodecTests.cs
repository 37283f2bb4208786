using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenPrepaid.Dlms.Tests.Transport;
using OpenPrepaid.Dlms.Transport;
using OpenPrepaid.Dlms.Wrapper;

namespace OpenPrepaid.Dlms.Tests.Wrapper;

public class WrapperCodecTests
{
    // The LLS AARQ (password "12345678", 56 bytes) from the public client (wPort 16) to the management
    // logical device (wPort 1), and the 43-byte AARE that accepts it.
    private const string Aarq = "60 36 A1 09 06 07 60 85 74 05 08 01 01 8A 02 07 80 8B 07 60 85 74 05 08 02 01 AC 0A 80 08 31 32 33 34 35 36 37 38 BE 10 04 0E 01 00 00 00 06 5F 1F 04 00 00 7E 1F 04 B0";
    private const string Aare = "61 29 A1 09 06 07 60 85 74 05 08 01 01 A2 03 02 01 00 A3 05 A1 03 02 01 00 BE 10 04 0E 08 00 06 5F 1F 04 00 00 50 1F 01 F4 00 07";

    [Fact]
    public void AarqHeaderIs0001001000010038()
    {
        byte[] encoded = new WrapperPdu(16, 1, Hex.Parse(Aarq)).Encode();

        Assert.Equal("0001001000010038", Hex.Format(encoded.AsSpan(0, 8)));
        Assert.Equal(8 + 56, encoded.Length);
    }

    [Fact]
    public void AareHeaderDecodes()
    {
        byte[] bytes = [.. Hex.Parse("0001 0001 0010 002B"), .. Hex.Parse(Aare)];
        WrapperDecodeResult result = WrapperDecoder.Decode(bytes);

        Assert.Equal(FrameDecodeStatus.Complete, result.Status);
        Assert.Equal(1, result.Pdu!.SourcePort);
        Assert.Equal(16, result.Pdu.DestinationPort);
        Assert.Equal(Hex.Parse(Aare), result.Pdu.Apdu.ToArray());
        Assert.Equal(bytes.Length, result.Consumed);
    }

    [Fact]
    public void HeaderFieldsAreBigEndian()
    {
        var header = new WrapperHeader(0x1234, 0xABCD, 0x0102);
        var bytes = new byte[8];
        header.Write(bytes);

        Assert.Equal("00011234ABCD0102", Hex.Format(bytes));
        Assert.Equal(header, WrapperHeader.Read(bytes));
    }

    [Fact]
    public void EverySplitPointNeedsMoreDataUntilComplete()
    {
        byte[] bytes = new WrapperPdu(16, 1, Hex.Parse(Aarq)).Encode();
        for (int length = 0; length < bytes.Length; length++)
        {
            WrapperDecodeResult result = WrapperDecoder.Decode(bytes.AsSpan(0, length));

            Assert.Equal(FrameDecodeStatus.NeedMoreData, result.Status);
            Assert.Equal(0, result.Consumed);
        }
    }

    [Fact]
    public void PdusBackToBackDecodeInTurn()
    {
        byte[] bytes = [.. new WrapperPdu(16, 1, new byte[] { 0xC0, 0x01 }).Encode(), .. new WrapperPdu(16, 1, Array.Empty<byte>()).Encode(), .. new WrapperPdu(1, 16, new byte[] { 0xC4 }).Encode()];
        var apdus = new List<byte[]>();
        int offset = 0;
        while (offset < bytes.Length)
        {
            WrapperDecodeResult result = WrapperDecoder.Decode(bytes.AsSpan(offset));
            Assert.Equal(FrameDecodeStatus.Complete, result.Status);
            apdus.Add(result.Pdu!.Apdu.ToArray());
            offset += result.Consumed;
        }

        Assert.Equal([[0xC0, 0x01], [], [0xC4]], apdus);
    }

    [Theory]
    [InlineData("02")]
    [InlineData("0002")]
    [InlineData("01000010000100")]
    public void WrongVersionIsRejectedAtOnce(string hex)
    {
        WrapperDecodeResult result = WrapperDecoder.Decode(Hex.Parse(hex));

        Assert.Equal(FrameDecodeStatus.Invalid, result.Status);
        Assert.Equal(WrapperFrameError.WrongVersion, result.Error);
    }

    [Fact]
    public void WrongVersionBecomesProtocolException()
    {
        byte[] bytes = Hex.Parse("0002 0010 0001 0000");
        DlmsProtocolException exception = WrapperDecoder.Decode(bytes).ToException(bytes);

        Assert.Contains("0x0002", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, exception.Offset);
    }

    [Fact]
    public void LengthAboveMaximumIsRejectedEarly()
    {
        WrapperDecodeResult result = WrapperDecoder.Decode(Hex.Parse("0001 0010 0001 0401"), maxApduLength: 1024);

        Assert.Equal(WrapperFrameError.LengthTooLong, result.Error);
        Assert.Equal(6, result.ErrorOffset);
    }

    [Fact]
    public void ApduLongerThan65535IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new WrapperPdu(16, 1, new byte[65536]));
    }

    [Property(MaxTest = 200)]
    public Property PduRoundTrips() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, ushort.MaxValue)),
            Arb.From(Gen.Choose(0, ushort.MaxValue)),
            Arb.From(Gen.OneOf(Gen.Elements(0, 1, 127, 128, 255, 256, 65535), Gen.Choose(0, 5000))),
            (source, destination, length) =>
            {
                byte[] apdu = Enumerable.Range(0, length).Select(value => (byte)(value * 31)).ToArray();
                byte[] bytes = new WrapperPdu((ushort)source, (ushort)destination, apdu).Encode();
                WrapperDecodeResult result = WrapperDecoder.Decode(bytes);

                return result.Status == FrameDecodeStatus.Complete
                    && result.Consumed == bytes.Length
                    && result.Pdu!.SourcePort == source
                    && result.Pdu.DestinationPort == destination
                    && result.Pdu.Apdu.Span.SequenceEqual(apdu);
            });

    [Property(MaxTest = 300)]
    public bool RandomBytesGiveResultOrTypedError(byte[] bytes)
    {
        WrapperDecodeResult result = WrapperDecoder.Decode(bytes);
        return result.Status switch
        {
            FrameDecodeStatus.NeedMoreData => result.Consumed == 0,
            FrameDecodeStatus.Complete => result.Consumed >= 8 && result.Consumed <= bytes.Length,
            _ => result.Error != WrapperFrameError.None,
        };
    }
}
