using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Tests.Support;

namespace OpenPrepaid.Dlms.Tests.Axdr;

/// <summary>
/// A-XDR lengths are one byte below 0x80, else 0x81 nn, 0x82 nn nn or 0x84 nn nn nn nn. Every type with a
/// length or count is checked on each side of the boundaries where the form changes.
/// </summary>
public class LengthBoundaryTests
{
    public static TheoryData<int, string> LengthForms { get; } = new()
    {
        { 0, "00" },
        { 1, "01" },
        { 127, "7F" },
        { 128, "81 80" },
        { 255, "81 FF" },
        { 256, "82 01 00" },
        { 65535, "82 FF FF" },
        { 65536, "84 00 01 00 00" },
    };

    public static TheoryData<int> Boundaries { get; } = new(0, 127, 128, 255, 256, 65535);

    [Theory]
    [MemberData(nameof(LengthForms))]
    public void LengthIsWrittenInShortestForm(int length, string expected)
    {
        var writer = new AxdrWriter();
        writer.WriteLength(length);

        Assert.Equal(Hex.Parse(expected), writer.ToArray());
    }

    [Theory]
    [MemberData(nameof(LengthForms))]
    public void LengthIsReadFromEachForm(int expected, string encoded)
    {
        var reader = new AxdrReader(Hex.Parse(encoded));

        Assert.Equal(expected, reader.ReadLength());
        Assert.True(reader.IsAtEnd);
    }

    [Theory]
    [InlineData("81 05", 5)]
    [InlineData("82 00 05", 5)]
    [InlineData("84 00 00 00 05", 5)]
    [InlineData("83 01 00 00", 65536)]
    public void LongFormsOfSmallLengthsAreAccepted(string encoded, int expected)
    {
        var reader = new AxdrReader(Hex.Parse(encoded));

        Assert.Equal(expected, reader.ReadLength());
    }

    [Theory]
    [InlineData("80")]
    [InlineData("85 00 00 00 00 01")]
    [InlineData("84 80 00 00 00")]
    [InlineData("84 FF FF FF FF")]
    [InlineData("82 01")]
    public void InvalidLengthIsRejected(string encoded)
    {
        var bytes = Hex.Parse(encoded);

        Assert.Throws<DlmsProtocolException>(() =>
        {
            var reader = new AxdrReader(bytes);
            reader.ReadLength();
        });
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void OctetStringLengthBoundaryRoundTrips(int length)
    {
        var content = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();

        var encoded = AssertRoundTrip(new OctetStringData(content));

        AssertPrefix(DlmsDataType.OctetString, length, encoded);
        Assert.Equal(content, encoded[^length..]);
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void VisibleStringLengthBoundaryRoundTrips(int length)
    {
        var text = new string(Enumerable.Range(0, length).Select(i => (char)('A' + (i % 26))).ToArray());

        var encoded = AssertRoundTrip(new VisibleStringData(text));

        AssertPrefix(DlmsDataType.VisibleString, length, encoded);
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Utf8StringLengthCountsBytesNotCharacters(int byteLength)
    {
        // "Ї" (U+0407) takes two bytes in UTF-8, so the length counts bytes, not characters.
        var text = new string('Ї', byteLength / 2) + new string('x', byteLength % 2);

        var encoded = AssertRoundTrip(new Utf8StringData(text));

        AssertPrefix(DlmsDataType.Utf8String, byteLength, encoded);
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void BitStringLengthCountsBits(int bitCount)
    {
        var bytes = Enumerable.Range(0, (bitCount + 7) / 8).Select(i => (byte)(0xA5 ^ i)).ToArray();

        var encoded = AssertRoundTrip(new BitStringData(bytes, bitCount));

        AssertPrefix(DlmsDataType.BitString, bitCount, encoded);
        Assert.Equal(bytes.Length, encoded.Length - 1 - LengthSize(bitCount));
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void ArrayCountBoundaryRoundTrips(int count)
    {
        var items = Enumerable.Range(0, count).Select(i => (DlmsData)new UnsignedData((byte)i)).ToArray();

        var encoded = AssertRoundTrip(new ArrayData(items));

        AssertPrefix(DlmsDataType.Array, count, encoded);
        Assert.Equal(1 + LengthSize(count) + (2 * count), encoded.Length);
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void StructureCountBoundaryRoundTrips(int count)
    {
        var items = Enumerable.Range(0, count).Select(_ => (DlmsData)NullData.Instance).ToArray();

        var encoded = AssertRoundTrip(new StructureData(items));

        AssertPrefix(DlmsDataType.Structure, count, encoded);
    }

    private static byte[] AssertRoundTrip(DlmsData value)
    {
        var encoded = DlmsDataCodec.Encode(value);

        Assert.Equal(value, DlmsDataCodec.Decode(encoded));
        return encoded;
    }

    /// <summary>Asserts the tag and the length form, computed here from the rule rather than by the writer under test.</summary>
    private static void AssertPrefix(DlmsDataType type, int length, byte[] encoded)
    {
        byte[] lengthBytes = length switch
        {
            < 0x80 => [(byte)length],
            <= 0xFF => [0x81, (byte)length],
            _ => [0x82, (byte)(length >> 8), (byte)length],
        };
        byte[] expected = [(byte)type, .. lengthBytes];

        Assert.Equal(expected, encoded[..expected.Length]);
    }

    private static int LengthSize(int length) => length switch
    {
        < 0x80 => 1,
        <= 0xFF => 2,
        <= 0xFFFF => 3,
        _ => 5,
    };
}
