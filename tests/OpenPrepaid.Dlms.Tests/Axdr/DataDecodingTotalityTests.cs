using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Tests.Support;

namespace OpenPrepaid.Dlms.Tests.Axdr;

/// <summary>
/// Decoding A-XDR data is total: any bytes give a value or a <see cref="DlmsProtocolException"/>, never another
/// exception, a hang or an allocation out of proportion to the input.
/// </summary>
public class DataDecodingTotalityTests
{
    public static TheoryData<string> Vectors { get; } = new(
        "02 02 0F FF 16 1E",
        "09 0C 07 E5 01 18 FF 0E 30 39 50 FF C4 00",
        "19 07 E8 06 0F 06 14 17 2D 00 FF 88 80",
        "04 0A 80 40",
        "0C 04 D0 87 D0 B0",
        "01 02 02 02 09 03 48 30 30 10 06 01 02 02 09 03 48 30 31 10 09 92",
        "13 02 02 12 05 0C 00 01 00 00 00 02 00 03 FF FF FF FF",
        "13 01 00 03 11 06 01 02 03 04 05 06");

    [Theory]
    [MemberData(nameof(Vectors))]
    public void EveryTruncatedVectorIsRejected(string hex)
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

    [Property(MaxTest = 3000)]
    public void RandomBytesDecodeOrAreRejected(byte[] input)
    {
        DecodingAssert.DecodesOrRejects(input, Decode);
    }

    [Fact]
    public async Task ThousandsOfRandomInputsFinishInSeconds()
    {
        // Inputs start with a real tag most of the time, so they reach past the first byte.
        var tags = Enum.GetValues<DlmsDataType>().Select(t => (byte)t).ToArray();
        var inputs =
            from tag in Gen.Frequency((4, Gen.Elements(tags)), (1, DataGenerators.Byte))
            from length in Gen.Choose(0, 64)
            from rest in DataGenerators.Bytes(length)
            select (byte[])[tag, .. rest];
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

    [Theory]
    [InlineData("01 84 FF FF FF FF")]
    [InlineData("01 84 7F FF FF FF 00 00")]
    [InlineData("02 84 7F FF FF FF 00")]
    [InlineData("09 84 7F FF FF FF 00")]
    [InlineData("0A 84 FF FF FF FF")]
    [InlineData("0C 82 FF FF 41")]
    [InlineData("04 84 7F FF FF FF 00")]
    [InlineData("04 84 FF FF FF FF")]
    [InlineData("13 02 84 7F FF FF FF 11 00")]
    [InlineData("01 85 00 00 00 00 01")]
    public void HugeDeclaredCountIsRejectedWithoutAllocating(string hex)
    {
        var input = Hex.Parse(hex);

        Assert.Throws<DlmsProtocolException>(() => DlmsDataCodec.Decode(input));
        DecodingAssert.DecodesOrRejects(input, Decode);
    }

    [Fact]
    public void NestingUpToTheLimitIsAccepted()
    {
        var input = NestedArrays(DlmsDataCodec.MaxNestingDepth);

        var value = DlmsDataCodec.Decode(input);

        for (var level = 0; level < DlmsDataCodec.MaxNestingDepth; level++)
        {
            var array = Assert.IsType<ArrayData>(value);
            value = Assert.Single(array.Items);
        }

        Assert.Equal(NullData.Instance, value);
    }

    [Theory]
    [InlineData(DlmsDataCodec.MaxNestingDepth + 1)]
    [InlineData(100_000)]
    public void NestingDeeperThanTheLimitIsRejected(int depth)
    {
        var input = NestedArrays(depth);

        var error = Assert.Throws<DlmsProtocolException>(() => DlmsDataCodec.Decode(input));

        Assert.Contains("nested deeper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNestedCompactArrayDescriptionIsRejected()
    {
        // A structure description of one member, 40 levels deep.
        byte[] input = [0x13, .. Enumerable.Repeat<byte[]>([0x02, 0x01], 40).SelectMany(b => b), 0x11, 0x01, 0x05];

        Assert.Throws<DlmsProtocolException>(() => DlmsDataCodec.Decode(input));
    }

    /// <summary>Returns <paramref name="depth"/> arrays of one element around a null-data.</summary>
    private static byte[] NestedArrays(int depth) => [.. Enumerable.Repeat<byte[]>([0x01, 0x01], depth).SelectMany(b => b), 0x00];

    private static object Decode(byte[] bytes) => DlmsDataCodec.Decode(bytes);
}
