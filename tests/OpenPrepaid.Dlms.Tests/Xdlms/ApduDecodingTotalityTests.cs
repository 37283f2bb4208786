using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenPrepaid.Dlms.Tests.Acse;
using OpenPrepaid.Dlms.Tests.Axdr;
using OpenPrepaid.Dlms.Tests.Support;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Xdlms;

/// <summary>
/// Decoding any APDU is total: truncated, corrupted and random bytes give an APDU or a
/// <see cref="DlmsProtocolException"/>, never another exception, a hang or an oversized allocation.
/// </summary>
public class ApduDecodingTotalityTests
{
    public static TheoryData<string> Vectors => XdlmsVectors.All;

    [Theory]
    [MemberData(nameof(Vectors))]
    public void EveryTruncatedApduIsRejected(string hex)
    {
        DecodingAssert.EveryTruncationIsRejected(Hex.Parse(hex), Decode);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void EverySingleByteCorruptionDecodesOrIsRejected(string hex)
    {
        foreach (var corrupted in DecodingAssert.SingleByteCorruptions(Hex.Parse(hex)))
        {
            DecodingAssert.DecodesOrRejects(corrupted, Decode);
        }
    }

    [Fact]
    public void EmptyInputIsRejected()
    {
        var error = Assert.Throws<DlmsProtocolException>(() => ApduDecoder.Decode([]));

        Assert.Equal(0, error.Offset);
    }

    [Theory]
    [InlineData("01 00 00 00 06 5F 1F 04 00 00 7E 1F 04 B0")]
    [InlineData("C8 1E 30 01 23 45 67")]
    [InlineData("00")]
    [InlineData("FF 00")]
    public void UnsupportedTagIsRejected(string hex)
    {
        // InitiateRequest travels only inside an AARQ; ciphered APDUs are not decoded here.
        Assert.Throws<DlmsProtocolException>(() => ApduDecoder.Decode(Hex.Parse(hex)));
    }

    [Property(Arbitrary = [typeof(ApduArbitraries)], MaxTest = 500)]
    public void CorruptedGeneratedApduDecodesOrIsRejected(DlmsApdu apdu, int position, byte replacement)
    {
        var bytes = apdu.ToArray();
        bytes[(int)((uint)position % (uint)bytes.Length)] = replacement;

        DecodingAssert.DecodesOrRejects(bytes, Decode);
    }

    [Property(MaxTest = 3000)]
    public Property RandomBytesAfterAnApduTagDecodeOrAreRejected() => Prop.ForAll(
        Arb.From(
            from tag in Gen.Elements<byte>(0xC0, 0xC1, 0xC3, 0xC4, 0xC5, 0xC7, 0xD8, 0x0E, 0x60, 0x61, 0x62, 0x63)
            from choice in Gen.Choose(0, 6)
            from length in Gen.Choose(0, 48)
            from rest in DataGenerators.Bytes(length)
            select (byte[])[tag, (byte)choice, .. rest]),
        input => DecodingAssert.DecodesOrRejects(input, Decode));

    [Fact]
    public async Task TwentyThousandRandomApdusFinishInSeconds()
    {
        var tags = new byte[] { 0xC0, 0xC1, 0xC3, 0xC4, 0xC5, 0xC7, 0xD8, 0x0E, 0x60, 0x61, 0x62, 0x63 };
        var vectors = XdlmsVectors.Every.Concat(AcseVectors.Every).Select(Hex.Parse).ToArray();
        var inputs = Gen.OneOf(
            from tag in Gen.Elements(tags)
            from length in Gen.Choose(0, 64)
            from rest in DataGenerators.Bytes(length)
            select (byte[])[tag, .. rest],
            from vector in Gen.Elements(vectors)
            from position in Gen.Choose(0, vector.Length - 1)
            from replacement in DataGenerators.Byte
            select Corrupt(vector, position, replacement));
        var samples = inputs.Sample(20_000);

        var stopwatch = Stopwatch.StartNew();
        await DecodingAssert.FinishesWithin(TimeSpan.FromSeconds(20), () =>
        {
            foreach (var input in samples)
            {
                DecodingAssert.DecodesOrRejects(input, Decode);
            }
        });

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"20000 inputs took {stopwatch.Elapsed}");
    }

    private static byte[] Corrupt(byte[] vector, int position, byte replacement)
    {
        var copy = (byte[])vector.Clone();
        copy[position] = replacement;
        return copy;
    }

    private static object Decode(byte[] bytes) => ApduDecoder.Decode(bytes);
}
