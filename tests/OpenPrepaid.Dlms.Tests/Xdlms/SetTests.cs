using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Dlms.Tests.Support;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Xdlms;

/// <summary>SET requests and responses, decoded to typed APDUs and encoded back to the same bytes.</summary>
public class SetTests
{
    private static readonly InvokeIdAndPriority InvokeId = InvokeIdAndPriority.Default;
    private static readonly AttributeReference ClockTime = new(new CosemAttributeDescriptor(8, new ObisCode(0, 0, 1, 0, 0, 255), 2));

    [Fact]
    public void ClockWriteRoundTrips()
    {
        var time = new CosemDateTime(new CosemDate(2021, 1, 24, CosemDate.NotSpecified), new CosemTime(14, 48, 57, 80), -60, ClockStatus.Ok);
        var expected = new SetRequestNormal(InvokeId, ClockTime, new OctetStringData(time.Encode()));

        AssertBothWays(XdlmsVectors.SetClockRequest, expected);
        AssertBothWays(XdlmsVectors.SetSuccessResponse, new SetResponseNormal(InvokeId, DataAccessResult.Success));
    }

    [Fact]
    public void UnspecifiedStatusSurvivesTimeSync()
    {
        // A meter that ignores the clock status returns 0xFF and accepts a time-sync write only with 0xFF.
        var response = Assert.IsType<GetResponseNormal>(ApduDecoder.Decode(Hex.Parse(XdlmsVectors.GetClockStatusNotSpecifiedResponse)));
        var read = CosemDateTime.Decode(Assert.IsType<OctetStringData>(response.Result.Data).Value);
        Assert.Null(read.Status);

        var synchronised = read with { Time = new CosemTime(20, 25, 0, 0) };
        var request = new SetRequestNormal(InvokeId, ClockTime, new OctetStringData(synchronised.Encode()));

        Assert.Equal(Hex.Parse(XdlmsVectors.SetClockStatusNotSpecifiedRequest), request.ToArray());
        var decoded = Assert.IsType<SetRequestNormal>(ApduDecoder.Decode(request.ToArray()));
        Assert.Null(CosemDateTime.Decode(Assert.IsType<OctetStringData>(decoded.Value).Value).Status);
    }

    [Fact]
    public void FirstDataBlockRoundTrips()
    {
        var reference = new AttributeReference(new CosemAttributeDescriptor(1, new ObisCode(0, 0, 128, 0, 0, 255), 2));
        var raw = Hex.Parse("09 32 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19");

        AssertBothWays(XdlmsVectors.SetFirstDataBlockRequest, new SetRequestWithFirstDataBlock(InvokeId, reference, new DataBlockSa(false, 1, raw)));
    }

    [Fact]
    public void BlockAcknowledgementsRoundTrip()
    {
        AssertBothWays(XdlmsVectors.SetDataBlockResponse, new SetResponseDataBlock(InvokeId, 1));
        AssertBothWays(XdlmsVectors.SetLastDataBlockResponse, new SetResponseLastDataBlock(InvokeId, DataAccessResult.Success, 2));
    }

    [Fact]
    public void WithListRoundTrips()
    {
        // Constructed: clock time_zone -60 (long) and daylight_savings_enabled true in one request, then one result each.
        var clock = new ObisCode(0, 0, 1, 0, 0, 255);
        var request = Hex.Parse("C1 04 C1 02 00 08 00 00 01 00 00 FF 03 00 00 08 00 00 01 00 00 FF 08 00 02 10 FF C4 03 01");
        var expected = new SetRequestWithList(
            InvokeId,
            [new AttributeReference(new CosemAttributeDescriptor(8, clock, 3)), new AttributeReference(new CosemAttributeDescriptor(8, clock, 8))],
            [new LongData(-60), new BooleanData(true)]);

        AssertBothWays(request, expected);
        AssertBothWays("C5 05 C1 02 00 03", new SetResponseWithList(InvokeId, [DataAccessResult.Success, DataAccessResult.ReadWriteDenied]));
    }

    [Fact]
    public void WithListOfUnequalCountsIsRejected()
    {
        // two attributes but one value
        var bytes = Hex.Parse("C1 04 C1 02 00 08 00 00 01 00 00 FF 03 00 00 08 00 00 01 00 00 FF 08 00 01 10 FF C4");

        Assert.Throws<DlmsProtocolException>(() => ApduDecoder.Decode(bytes));
        Assert.Throws<InvalidOperationException>(() => new SetRequestWithList(InvokeId, [ClockTime], []).ToArray());
    }

    [Theory]
    [InlineData("C1 06 C1 00")]
    [InlineData("C5 06 C1 00")]
    [InlineData("C1 03 C1 01 00 00 00 02 05 01 02")]
    public void MalformedSetIsRejected(string hex)
    {
        // unknown request choice, unknown response choice, block shorter than its length
        Assert.Throws<DlmsProtocolException>(() => ApduDecoder.Decode(Hex.Parse(hex)));
    }

    private static void AssertBothWays(string hex, DlmsApdu expected) => AssertBothWays(Hex.Parse(hex), expected);

    private static void AssertBothWays(byte[] bytes, DlmsApdu expected)
    {
        Assert.Equal(expected, ApduDecoder.Decode(bytes));
        Assert.Equal(bytes, expected.ToArray());
    }
}
