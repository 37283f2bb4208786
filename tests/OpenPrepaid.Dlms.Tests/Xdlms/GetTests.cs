using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Dlms.Tests.Support;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Xdlms;

/// <summary>GET requests and responses, decoded to typed APDUs and encoded back to the same bytes.</summary>
public class GetTests
{
    private static readonly InvokeIdAndPriority InvokeId = InvokeIdAndPriority.Default;
    private static readonly ObisCode ClockName = new(0, 0, 1, 0, 0, 255);
    private static readonly ObisCode EnergyRegister = new(1, 0, 1, 8, 0, 255);

    [Fact]
    public void ClockTimeRequestRoundTrips()
    {
        var expected = new GetRequestNormal(InvokeId, new AttributeReference(new CosemAttributeDescriptor(8, ClockName, 2)));

        AssertBothWays(XdlmsVectors.GetClockRequest, expected);
        Assert.Equal(1, expected.InvokeId.InvokeId);
        Assert.True(expected.InvokeId.IsConfirmed);
        Assert.True(expected.InvokeId.IsHighPriority);
    }

    [Fact]
    public void ClockTimeResponseCarriesDateTimeOctetString()
    {
        var response = Assert.IsType<GetResponseNormal>(ApduDecoder.Decode(Hex.Parse(XdlmsVectors.GetClockResponse)));

        Assert.True(response.Result.IsSuccess);
        var octets = Assert.IsType<OctetStringData>(response.Result.Data);
        var time = CosemDateTime.Decode(octets.Value);
        Assert.Equal(new CosemDate(2021, 1, 24, CosemDate.NotSpecified), time.Date);
        Assert.Equal(new CosemTime(14, 48, 57, 80), time.Time);
        Assert.Equal((short)-60, time.Deviation);
        Assert.Equal(ClockStatus.Ok, time.Status);

        var encoded = new GetResponseNormal(InvokeId, GetDataResult.Success(new OctetStringData(time.Encode()))).ToArray();
        Assert.Equal(Hex.Parse(XdlmsVectors.GetClockResponse), encoded);
    }

    [Fact]
    public void SummerClockResponseConvertsToUtc()
    {
        // Local 20:23:45 with deviation -120 (UTC = local + deviation) is 18:23:45 UTC, never 22:23:45.
        var response = Assert.IsType<GetResponseNormal>(ApduDecoder.Decode(Hex.Parse(XdlmsVectors.GetSummerClockResponse)));

        var time = CosemDateTime.Decode(Assert.IsType<OctetStringData>(response.Result.Data).Value);

        Assert.Equal(6, time.Date.DayOfWeek);
        Assert.Equal((short)-120, time.Deviation);
        Assert.Equal(ClockStatus.DaylightSavingActive, time.Status);
        Assert.Equal(new DateTime(2024, 6, 15, 18, 23, 45, DateTimeKind.Utc), time.ToDateTimeOffset()!.Value.UtcDateTime);
        Assert.Equal(new DateTime(2024, 6, 15, 22, 23, 45, DateTimeKind.Utc), time.ToDateTimeOffset(DeviationConvention.Inverted)!.Value.UtcDateTime);
    }

    [Fact]
    public void ErrorResponseCarriesDataAccessResult()
    {
        var expected = new GetResponseNormal(InvokeId, GetDataResult.Failure(DataAccessResult.ObjectUndefined));

        AssertBothWays(XdlmsVectors.GetObjectUndefinedResponse, expected);
        Assert.False(expected.Result.IsSuccess);
        Assert.Null(expected.Result.Data);
    }

    [Fact]
    public void DoubleLongUnsignedResponseRoundTrips()
    {
        AssertBothWays(XdlmsVectors.GetDoubleLongUnsignedResponse, new GetResponseNormal(InvokeId, GetDataResult.Success(new DoubleLongUnsignedData(5009))));
    }

    [Fact]
    public void RequestNextRoundTrips()
    {
        AssertBothWays(XdlmsVectors.GetRequestNext, new GetRequestNext(InvokeId, 1));
    }

    [Fact]
    public void WithListRequestRoundTrips()
    {
        var expected = new GetRequestWithList(InvokeId, [
            new AttributeReference(new CosemAttributeDescriptor(1, new ObisCode(0, 0, 42, 0, 0, 255), 2)),
            new AttributeReference(new CosemAttributeDescriptor(8, ClockName, 2)),
        ]);

        AssertBothWays(XdlmsVectors.GetWithListRequest, expected);
    }

    [Fact]
    public void WithListOfThreeDecodesToThreeReferences()
    {
        var request = Assert.IsType<GetRequestWithList>(ApduDecoder.Decode(Hex.Parse(XdlmsVectors.GetWithListOfThreeRequest)));

        Assert.Equal(
            [
                new CosemAttributeDescriptor(3, EnergyRegister, 2),
                new CosemAttributeDescriptor(3, EnergyRegister, 3),
                new CosemAttributeDescriptor(8, ClockName, 2),
            ],
            request.References.Select(r => r.Attribute));
        Assert.All(request.References, r => Assert.Null(r.Access));
        Assert.Equal(Hex.Parse(XdlmsVectors.GetWithListOfThreeRequest), request.ToArray());
    }

    [Fact]
    public void WithListResponseMarksOnlyFailedItems()
    {
        // Constructed: the register value, object-undefined for the second item, the scaler_unit.
        var bytes = Hex.Parse("C4 03 C1 03 00 06 00 00 30 39 01 04 00 02 02 0F FF 16 1E");
        var expected = new GetResponseWithList(InvokeId, [
            GetDataResult.Success(new DoubleLongUnsignedData(12345)),
            GetDataResult.Failure(DataAccessResult.ObjectUndefined),
            GetDataResult.Success(new StructureData(new IntegerData(-1), new EnumData(30))),
        ]);

        AssertBothWays(bytes, expected);
    }

    [Fact]
    public void SelectiveAccessRoundTrips()
    {
        // Constructed: Profile generic 1.0.99.1.0.255 buffer, entry_descriptor from entry 1 to the last.
        var bytes = Hex.Parse("C0 01 C1 00 07 01 00 63 01 00 FF 02 01 02 02 04 06 00 00 00 01 06 00 00 00 00 12 00 01 12 00 00");
        var access = new SelectiveAccessDescriptor(2, new StructureData(
            new DoubleLongUnsignedData(1), new DoubleLongUnsignedData(0), new LongUnsignedData(1), new LongUnsignedData(0)));
        var expected = new GetRequestNormal(InvokeId, new AttributeReference(new CosemAttributeDescriptor(7, new ObisCode(1, 0, 99, 1, 0, 255), 2), access));

        AssertBothWays(bytes, expected);
        Assert.Equal(bytes.Length - 3, expected.Reference.EncodedLength);
    }

    [Fact]
    public void FirstBlockOfLongResponseHasExpectedHeader()
    {
        // A load profile buffer of 96 entries encodes to 2690 bytes and travels in blocks of 1182 raw bytes.
        var encodedValue = DlmsDataCodec.Encode(LoadProfileBuffer(96));
        var firstBlock = new GetResponseWithDataBlock(InvokeId, false, 1, encodedValue[..1182]);

        var bytes = firstBlock.ToArray();

        // Header as in the dlms-cosem GET block test (tests/test_xdlms/test_get.py): last-block 00, block 1,
        // raw-data choice 00, A-XDR length 82 04 9E.
        Assert.Equal(Hex.Parse("C4 02 C1 00 00 00 00 01 00 82 04 9E"), bytes[..12]);
        Assert.Equal(12 + 1182, bytes.Length);
        Assert.Equal(encodedValue[..1182], bytes[12..]);
        Assert.Equal(firstBlock, ApduDecoder.Decode(bytes));
    }

    [Fact]
    public void BlocksReassembleToTheValue()
    {
        var value = LoadProfileBuffer(96);
        var encodedValue = DlmsDataCodec.Encode(value);
        var blocks = encodedValue.Chunk(1182)
            .Select((raw, index) => new GetResponseWithDataBlock(InvokeId, (index + 1) * 1182 >= encodedValue.Length, (uint)(index + 1), raw).ToArray())
            .ToArray();

        var received = blocks.Select(b => Assert.IsType<GetResponseWithDataBlock>(ApduDecoder.Decode(b))).ToArray();

        Assert.Equal(2690, encodedValue.Length);
        Assert.Equal([false, false, true], received.Select(b => b.LastBlock));
        Assert.Equal([1u, 2u, 3u], received.Select(b => b.BlockNumber));
        Assert.Equal(value, DlmsDataCodec.Decode(received.SelectMany(b => b.RawData!).ToArray()));
    }

    [Fact]
    public void BlockResponseCanCarryDataAccessResult()
    {
        // Constructed: last block, block 2, Data-Access-Result 15 long-get-aborted.
        AssertBothWays("C4 02 C1 01 00 00 00 02 01 0F", new GetResponseWithDataBlock(InvokeId, true, 2, null, DataAccessResult.LongGetAborted));
    }

    [Theory]
    [InlineData("C0 04 C1 00")]
    [InlineData("C4 04 C1 00")]
    [InlineData("C4 01 C1 02 00")]
    [InlineData("C4 02 C1 00 00 00 00 01 02 00")]
    [InlineData("C0 01 C1 00 08 00 00 01 00 00 FF 02 00 00")]
    [InlineData("C0 03 C1 84 7F FF FF FF 00")]
    public void MalformedGetIsRejected(string hex)
    {
        // unknown request choice, unknown response choice, Get-Data-Result choice 2, DataBlock-G result choice 2,
        // byte after the request, list count beyond the input
        Assert.Throws<DlmsProtocolException>(() => ApduDecoder.Decode(Hex.Parse(hex)));
    }

    /// <summary>
    /// Profile generic buffer: entries of { clock octet-string(12), status unsigned, +A double-long-unsigned,
    /// -A double-long-unsigned }, one per quarter hour from 2024-06-15 00:00 local time, UTC+2.
    /// </summary>
    private static ArrayData LoadProfileBuffer(int entries)
    {
        var start = new DateTimeOffset(2024, 6, 15, 0, 0, 0, TimeSpan.FromHours(2));
        return new ArrayData(Enumerable.Range(0, entries)
            .Select(i => (DlmsData)new StructureData(
                new OctetStringData(CosemDateTime.FromDateTimeOffset(start.AddMinutes(15 * i), ClockStatus.DaylightSavingActive).Encode()),
                new UnsignedData(0),
                new DoubleLongUnsignedData((uint)(1_500_000 + (i * 37))),
                new DoubleLongUnsignedData((uint)(1_600 + i))))
            .ToArray());
    }

    private static void AssertBothWays(string hex, DlmsApdu expected) => AssertBothWays(Hex.Parse(hex), expected);

    private static void AssertBothWays(byte[] bytes, DlmsApdu expected)
    {
        Assert.Equal(expected, ApduDecoder.Decode(bytes));
        Assert.Equal(bytes, expected.ToArray());
    }
}
