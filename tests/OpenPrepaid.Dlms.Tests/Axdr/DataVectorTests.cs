using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Tests.Support;

namespace OpenPrepaid.Dlms.Tests.Axdr;

/// <summary>
/// Known A-XDR encodings, each decoded to its typed value and encoded back to the same bytes. Unless a test
/// names another source, the bytes were written from the Data CHOICE of the COSEM ASN.1 (IEC 62056-6-2):
/// a tag byte, then big-endian content.
/// </summary>
public class DataVectorTests
{
    public static TheoryData<string, DlmsData> Vectors { get; } = new()
    {
        { "00", NullData.Instance },
        { "FF", DontCareData.Instance },
        { "03 00", new BooleanData(false) },
        { "03 01", new BooleanData(true) },
        { "04 05 A8", BitStringData.FromBits([true, false, true, false, true]) },
        { "04 00", new BitStringData([], 0) },
        { "05 FF FF FF FF", new DoubleLongData(-1) },
        { "05 80 00 00 00", new DoubleLongData(int.MinValue) },
        { "06 00 00 13 91", new DoubleLongUnsignedData(5009) },
        { "09 06 01 00 01 08 00 FF", new OctetStringData([1, 0, 1, 8, 0, 255]) },
        { "09 00", new OctetStringData([]) },
        { "0A 03 48 30 30", new VisibleStringData("H00") },
        { "0C 04 D0 87 D0 B0", new Utf8StringData("Їа") },
        { "0D 42", new BcdData(0x42) },
        { "0F FF", new IntegerData(-1) },
        { "0F 80", new IntegerData(sbyte.MinValue) },
        { "10 FF 38", new LongData(-200) },
        { "11 FF", new UnsignedData(255) },
        { "12 00 EF", new LongUnsignedData(239) },
        { "14 80 00 00 00 00 00 00 00", new Long64Data(long.MinValue) },
        { "15 FF FF FF FF FF FF FF FF", new Long64UnsignedData(ulong.MaxValue) },
        { "16 1E", new EnumData(30) },
        { "17 3F 80 00 00", new Float32Data(1.0f) },
        { "18 40 09 21 FB 54 44 2D 18", new Float64Data(Math.PI) },
        { "19 07 E5 01 18 FF 0E 30 39 50 FF C4 00", new DateTimeData(new CosemDateTime(new CosemDate(2021, 1, 24, 0xFF), new CosemTime(14, 48, 57, 80), -60, ClockStatus.Ok)) },
        { "1A 07 E8 06 0F 06", new DateData(new CosemDate(2024, 6, 15, 6)) },
        { "1B 14 17 2D 00", new TimeData(new CosemTime(20, 23, 45, 0)) },
        { "1C FF", new DeltaIntegerData(-1) },
        { "1D 80 00", new DeltaLongData(short.MinValue) },
        { "1E 00 00 00 01", new DeltaDoubleLongData(1) },
        { "1F 01", new DeltaUnsignedData(1) },
        { "20 FF FF", new DeltaLongUnsignedData(ushort.MaxValue) },
        { "21 00 01 00 00", new DeltaDoubleLongUnsignedData(65536) },
        { "01 02 12 00 01 12 00 02", new ArrayData(new LongUnsignedData(1), new LongUnsignedData(2)) },
        { "02 00", new StructureData() },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void VectorDecodesToValue(string hex, DlmsData expected)
    {
        Assert.Equal(expected, DlmsDataCodec.Decode(Hex.Parse(hex)));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void ValueEncodesToVector(string hex, DlmsData value)
    {
        Assert.Equal(Hex.Parse(hex), DlmsDataCodec.Encode(value));
    }

    [Fact]
    public void ScalerUnitDecodesWithSignedScaler()
    {
        // Register scaler_unit: scaler -1 (0F FF), unit 30 Wh (16 1E).
        var bytes = Hex.Parse("02 02 0F FF 16 1E");

        var value = Assert.IsType<StructureData>(DlmsDataCodec.Decode(bytes));

        Assert.Equal(2, value.Count);
        Assert.Equal(-1, value[0].As<IntegerData>().Value);
        Assert.Equal(30, value[1].As<EnumData>().Value);
        Assert.Equal(-1, value[0].GetInteger());
        Assert.Equal(bytes, DlmsDataCodec.Encode(value));
    }

    [Fact]
    public void BitZeroIsFirstByteMsb()
    {
        var value = Assert.IsType<BitStringData>(DlmsDataCodec.Decode(Hex.Parse("04 0A 80 40")));

        Assert.Equal(10, value.BitCount);
        Assert.True(value[0]);
        Assert.True(value[9]);
        Assert.Equal([true, false, false, false, false, false, false, false, false, true], Enumerable.Range(0, 10).Select(i => value[i]));
    }

    [Fact]
    public void NonZeroBooleanIsTrue()
    {
        var value = DlmsDataCodec.Decode(Hex.Parse("03 05"));

        Assert.Equal(new BooleanData(true), value);
        Assert.Equal(Hex.Parse("03 01"), DlmsDataCodec.Encode(value));
    }

    [Fact]
    public void VisibleStringKeepsEveryByteValue()
    {
        // Meters put bytes above 0x7F into visible-strings; they must come back unchanged when written.
        var bytes = Hex.Parse("0A 04 41 00 B0 FF");

        var value = Assert.IsType<VisibleStringData>(DlmsDataCodec.Decode(bytes));

        Assert.Equal("A\0\u00B0\u00FF", value.Value);
        Assert.Equal(bytes, DlmsDataCodec.Encode(value));
    }

    [Fact]
    public void IntegerTypesWidenWithTheirSign()
    {
        Assert.Equal(-1, DlmsDataCodec.Decode(Hex.Parse("0F FF")).GetInteger());
        Assert.Equal(255, DlmsDataCodec.Decode(Hex.Parse("11 FF")).GetInteger());
        Assert.Equal(ulong.MaxValue, DlmsDataCodec.Decode(Hex.Parse("15 FF FF FF FF FF FF FF FF")).GetInteger());
        Assert.False(DlmsDataCodec.Decode(Hex.Parse("09 00")).TryGetInteger(out _));
    }

    [Theory]
    [InlineData("07")]
    [InlineData("08")]
    [InlineData("0B")]
    [InlineData("0E")]
    [InlineData("22")]
    [InlineData("FE")]
    public void UnknownTagIsRejected(string hex)
    {
        var error = Assert.Throws<DlmsProtocolException>(() => DlmsDataCodec.Decode(Hex.Parse(hex)));

        Assert.Equal(0, error.Offset);
    }

    [Fact]
    public void InvalidUtf8IsRejected()
    {
        Assert.Throws<DlmsProtocolException>(() => DlmsDataCodec.Decode(Hex.Parse("0C 02 C3 28")));
    }

    [Fact]
    public void BytesAfterTheValueAreRejected()
    {
        var error = Assert.Throws<DlmsProtocolException>(() => DlmsDataCodec.Decode(Hex.Parse("11 05 00")));

        Assert.Equal(2, error.Offset);
    }

    [Fact]
    public void BitStringByteCountIsChecked()
    {
        Assert.Throws<ArgumentException>(() => new BitStringData([0x00], 9));

        // The byte count of int.MaxValue bits must not wrap around when rounded up.
        var error = Assert.Throws<ArgumentException>(() => new BitStringData([], int.MaxValue));
        Assert.Contains("needs 268435456 bytes", error.Message, StringComparison.Ordinal);
    }
}
