using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Tests.Support;

namespace OpenPrepaid.Dlms.Tests.Axdr;

/// <summary>
/// Compact-array (tag 19): a TypeDescription (an array description carries an Unsigned16 element count), then
/// one A-XDR length and the elements packed without their tags. Bytes written from IEC 62056-6-2.
/// </summary>
public class CompactArrayTests
{
    [Fact]
    public void StructureElementsDecodeFromPackedContents()
    {
        // description structure { long-unsigned, double-long }, 12 content bytes, two elements of 6 bytes
        var bytes = Hex.Parse("13 02 02 12 05 0C 00 01 00 00 00 02 00 03 FF FF FF FF");

        var value = Assert.IsType<CompactArrayData>(DlmsDataCodec.Decode(bytes));

        Assert.Equal(
            TypeDescription.Structure(TypeDescription.Simple(DlmsDataType.LongUnsigned), TypeDescription.Simple(DlmsDataType.DoubleLong)),
            value.ContentsDescription);
        Assert.Equal(
            [
                new StructureData(new LongUnsignedData(1), new DoubleLongData(2)),
                new StructureData(new LongUnsignedData(3), new DoubleLongData(-1)),
            ],
            value.Items);
        Assert.Equal(bytes, DlmsDataCodec.Encode(value));
    }

    [Fact]
    public void ArrayDescriptionCarriesSixteenBitCount()
    {
        // description array of 3 unsigned (01 00 03 11), 6 content bytes, two elements of 3 bytes
        var bytes = Hex.Parse("13 01 00 03 11 06 01 02 03 04 05 06");

        var value = Assert.IsType<CompactArrayData>(DlmsDataCodec.Decode(bytes));

        Assert.Equal(TypeDescription.Array(3, TypeDescription.Simple(DlmsDataType.Unsigned)), value.ContentsDescription);
        Assert.Equal(2, value.Items.Count);
        Assert.Equal(new ArrayData(new UnsignedData(4), new UnsignedData(5), new UnsignedData(6)), value.Items[1]);
        Assert.Equal(bytes, DlmsDataCodec.Encode(value));
    }

    [Fact]
    public void PackedStringsKeepTheirLengths()
    {
        // description octet-string, elements "AB" and "" without tags but with their lengths
        var bytes = Hex.Parse("13 09 04 02 41 42 00");

        var value = Assert.IsType<CompactArrayData>(DlmsDataCodec.Decode(bytes));

        Assert.Equal([new OctetStringData("AB"u8.ToArray()), new OctetStringData([])], value.Items);
        Assert.Equal(bytes, DlmsDataCodec.Encode(value));
    }

    [Fact]
    public void EmptyContentsDecodeToNoElements()
    {
        var value = Assert.IsType<CompactArrayData>(DlmsDataCodec.Decode(Hex.Parse("13 11 00")));

        Assert.Empty(value.Items);
    }

    [Theory]
    [InlineData("13 00 00")]
    [InlineData("13 00 05 01 02 03 04 05")]
    [InlineData("13 FF 02 01 02")]
    [InlineData("13 02 00 00")]
    [InlineData("13 01 00 00 11 00")]
    [InlineData("13 02 02 11 00 02 01 02")]
    public void DescriptionPartTakingNoBytesIsRejected(string hex)
    {
        // Null-data, dont-care, an empty structure or a zero-length array carries nothing when packed.
        Assert.Throws<DlmsProtocolException>(() => DlmsDataCodec.Decode(Hex.Parse(hex)));
    }

    [Fact]
    public async Task NestedNullDataArraysAreRejected()
    {
        // 65535 × 65535 null-data per element: without the check above, one content byte would expand into
        // four billion decoded values.
        var bytes = Hex.Parse("13 01 FF FF 01 FF FF 00 01 00");

        await DecodingAssert.FinishesWithin(TimeSpan.FromSeconds(5), () =>
            Assert.Throws<DlmsProtocolException>(() => DlmsDataCodec.Decode(bytes)));
    }

    [Fact]
    public async Task HugeDescribedArrayRunsOutOfContentQuickly()
    {
        // array of 65535 arrays of 65535 unsigned, but only 4 content bytes
        var bytes = Hex.Parse("13 01 FF FF 01 FF FF 11 04 01 02 03 04");

        await DecodingAssert.FinishesWithin(TimeSpan.FromSeconds(5), () =>
            DecodingAssert.DecodesOrRejects(bytes, b => DlmsDataCodec.Decode(b)));
        Assert.Throws<DlmsProtocolException>(() => DlmsDataCodec.Decode(bytes));
    }

    [Theory]
    [InlineData("13 12 03 00 01 02")]
    [InlineData("13 13 11 00")]
    [InlineData("13 07 00")]
    [InlineData("13 11 05 01 02")]
    public void MalformedCompactArrayIsRejected(string hex)
    {
        // a partial last element, a compact-array inside the description, an unknown type, content shorter than declared
        Assert.Throws<DlmsProtocolException>(() => DlmsDataCodec.Decode(Hex.Parse(hex)));
    }

    [Fact]
    public void ElementNotMatchingDescriptionIsRejectedWhenEncoding()
    {
        var value = new CompactArrayData(TypeDescription.Simple(DlmsDataType.Unsigned), [new LongUnsignedData(1)]);

        Assert.Throws<ArgumentException>(() => DlmsDataCodec.Encode(value));
    }
}
