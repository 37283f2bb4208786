using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Tests.Axdr;

/// <summary>Encoding a generated value and decoding it gives the same value and the same bytes again.</summary>
public class DataRoundTripTests
{
    public static TheoryData<DlmsDataType> EveryType { get; } = new(Enum.GetValues<DlmsDataType>());

    [Property(Arbitrary = [typeof(DataArbitraries)], MaxTest = 500)]
    public void AnyValueRoundTrips(DlmsData value) => AssertRoundTrip(value);

    [Theory]
    [MemberData(nameof(EveryType))]
    public void EveryTypeRoundTrips(DlmsDataType type)
    {
        var generator = type switch
        {
            DlmsDataType.Array => DataGenerators.DataOfDepth(3).Where(v => v is ArrayData),
            DlmsDataType.Structure => DataGenerators.DataOfDepth(3).Where(v => v is StructureData),
            DlmsDataType.CompactArray => DataGenerators.CompactArray.Select(v => (DlmsData)v),
            _ => DataGenerators.SimpleOfType(type),
        };

        foreach (var value in generator.Sample(200))
        {
            Assert.Equal(type, value.Type);
            AssertRoundTrip(value);
        }
    }

    [Property(Arbitrary = [typeof(DataArbitraries)], MaxTest = 500)]
    public void DateTimeWithAnyUnspecifiedFieldRoundTrips(CosemDateTime value)
    {
        var bytes = value.Encode();

        Assert.Equal(CosemDateTime.EncodedLength, bytes.Length);
        Assert.Equal(value, CosemDateTime.Decode(bytes));
        AssertRoundTrip(new DateTimeData(value));
        AssertRoundTrip(new OctetStringData(bytes));
    }

    [Property(Arbitrary = [typeof(DataArbitraries)], MaxTest = 300)]
    public void BitStringOfAnyBitCountRoundTrips(BitStringData value)
    {
        var decoded = Assert.IsType<BitStringData>(DlmsDataCodec.Decode(DlmsDataCodec.Encode(value)));

        Assert.Equal(value.BitCount, decoded.BitCount);
        Assert.Equal(value.Bytes, decoded.Bytes);
        for (var i = 0; i < value.BitCount; i++)
        {
            Assert.Equal(value[i], decoded[i]);
        }
    }

    [Property(Arbitrary = [typeof(DataArbitraries)], MaxTest = 300)]
    public void CompactArrayRoundTrips(CompactArrayData value)
    {
        var decoded = Assert.IsType<CompactArrayData>(DlmsDataCodec.Decode(DlmsDataCodec.Encode(value)));

        Assert.Equal(value.ContentsDescription, decoded.ContentsDescription);
        Assert.Equal(value.Items, decoded.Items);
    }

    [Fact]
    public void NestedValuesRoundTrip()
    {
        // A Charge unit_charge: structure { scaling structure, commodity structure, charge table array }.
        var value = new StructureData(
            new StructureData(new IntegerData(-3), new IntegerData(-4)),
            new StructureData(new LongUnsignedData(3), new OctetStringData([1, 0, 1, 8, 0, 255]), new IntegerData(2)),
            new ArrayData(
                new StructureData(new OctetStringData("T1"u8.ToArray()), new LongData(1537)),
                new StructureData(new OctetStringData("T2"u8.ToArray()), new LongData(-2450))));

        AssertRoundTrip(value);
    }

    private static void AssertRoundTrip(DlmsData value)
    {
        var encoded = DlmsDataCodec.Encode(value);
        var decoded = DlmsDataCodec.Decode(encoded);

        Assert.Equal(value, decoded);
        Assert.Equal(encoded, DlmsDataCodec.Encode(decoded));
    }
}
