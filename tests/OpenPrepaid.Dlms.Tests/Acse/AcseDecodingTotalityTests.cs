using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Tests.Axdr;
using OpenPrepaid.Dlms.Tests.Support;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Acse;

/// <summary>ACSE decoding is total: truncated, corrupted and random APDUs give a value or a protocol exception.</summary>
public class AcseDecodingTotalityTests
{
    public static TheoryData<string> Vectors => AcseVectors.All;

    public static TheoryData<string> InitiateVectors { get; } = new(
        "01 00 00 00 06 5F 1F 04 00 00 7E 1F 04 B0",
        "01 01 10 00 11 22 33 44 55 66 77 88 99 AA BB CC DD EE FF 00 00 06 5F 1F 04 00 00 7E 1F 04 B0",
        "08 00 06 5F 1F 04 00 00 52 1D 00 EF 00 07",
        "08 01 00 06 5F 1F 04 00 00 1E 1D 04 C8 00 07");

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

    [Theory]
    [MemberData(nameof(InitiateVectors))]
    public void EveryTruncatedInitiateIsRejected(string hex)
    {
        DecodingAssert.EveryTruncationIsRejected(Hex.Parse(hex), DecodeInitiate);
    }

    [Theory]
    [MemberData(nameof(InitiateVectors))]
    public void InitiateWithTrailingBytesIsRejected(string hex)
    {
        byte[] input = [.. Hex.Parse(hex), 0x00];

        Assert.Throws<DlmsProtocolException>(() => DecodeInitiate(input));
    }

    [Theory]
    [MemberData(nameof(InitiateVectors))]
    public void EverySingleByteCorruptionOfInitiateDecodesOrIsRejected(string hex)
    {
        foreach (var corrupted in DecodingAssert.SingleByteCorruptions(Hex.Parse(hex)))
        {
            DecodingAssert.DecodesOrRejects(corrupted, DecodeInitiate);
        }
    }

    [Property(MaxTest = 3000)]
    public Property RandomAcseApdusDecodeOrAreRejected() => Prop.ForAll(
        Arb.From(RandomAcseApdu),
        input => DecodingAssert.DecodesOrRejects(input, Decode));

    /// <summary>
    /// An ACSE tag and length around 0 to 5 components with the tags of AARQ, AARE, RLRQ and RLRE fields, each
    /// holding content of the kind that field expects or random bytes, so most inputs reach the field decoders.
    /// </summary>
    private static Gen<byte[]> RandomAcseApdu
    {
        get
        {
            var tag = Gen.Frequency(
                (6, Gen.Elements<byte>(0x80, 0x88, 0x89, 0x8A, 0x8B, 0xA1, 0xA2, 0xA3, 0xA4, 0xA6, 0xAA, 0xAC, 0xBE)),
                (1, DataGenerators.Byte));
            var content = Gen.Frequency(
                (2, Gen.Elements(
                    Hex.Parse("06 07 60 85 74 05 08 01 01"),
                    Hex.Parse("60 85 74 05 08 02 05"),
                    Hex.Parse("02 01 01"),
                    Hex.Parse("A1 03 02 01 0D"),
                    Hex.Parse("A2 03 02 01 02"),
                    Hex.Parse("04 08 4D 4D 4D 00 00 BC 61 4E"),
                    Hex.Parse("80 08 31 32 33 34 35 36 37 38"),
                    Hex.Parse("04 0E 08 00 06 5F 1F 04 00 00 52 1D 00 EF 00 07"),
                    Hex.Parse("07 80"))),
                (1, Gen.Choose(0, 20).SelectMany(DataGenerators.Bytes)));
            var component =
                from t in tag
                from c in content
                from lengthSlip in Gen.Frequency((8, Gen.Constant(0)), (1, Gen.Choose(-2, 2)))
                select (byte[])[t, (byte)Math.Clamp(c.Length + lengthSlip, 0, 0x7F), .. c];
            return
                from apduTag in Gen.Elements<byte>(0x60, 0x61, 0x62, 0x63)
                from count in Gen.Choose(0, 5)
                from components in Gen.ArrayOf(component, count)
                let body = components.SelectMany(b => b).ToArray()
                select (byte[])[apduTag, .. LengthPrefix(body.Length), .. body];
        }
    }

    private static byte[] LengthPrefix(int length) => length < 0x80 ? [(byte)length] : [0x81, (byte)length];

    private static object Decode(byte[] bytes) => ApduDecoder.Decode(bytes);

    private static object DecodeInitiate(byte[] bytes) => bytes.Length > 0 && bytes[0] == InitiateResponse.Tag
        ? InitiateResponse.Decode(bytes)
        : InitiateRequest.Decode(bytes);
}
