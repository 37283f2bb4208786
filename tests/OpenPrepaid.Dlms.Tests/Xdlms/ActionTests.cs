using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Dlms.Tests.Support;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Xdlms;

/// <summary>ACTION requests and responses, decoded to typed APDUs and encoded back to the same bytes.</summary>
public class ActionTests
{
    private static readonly InvokeIdAndPriority InvokeId = InvokeIdAndPriority.Default;
    private static readonly ObisCode DisconnectControl = new(0, 0, 96, 3, 10, 255);

    [Fact]
    public void RemoteDisconnectRoundTrips()
    {
        var expected = new ActionRequestNormal(InvokeId, new CosemMethodDescriptor(70, DisconnectControl, 1), new IntegerData(0));

        AssertBothWays(XdlmsVectors.RemoteDisconnectRequest, expected);
        AssertBothWays(XdlmsVectors.ActionSuccessResponse, new ActionResponseNormal(InvokeId, ActionResult.Success));
    }

    [Fact]
    public void RemoteReconnectRoundTrips()
    {
        var expected = new ActionRequestNormal(InvokeId, new CosemMethodDescriptor(70, DisconnectControl, 2), new IntegerData(0));

        AssertBothWays(XdlmsVectors.RemoteReconnectRequest, expected);
    }

    [Fact]
    public void CreditUpdateAmountRoundTrips()
    {
        // Credit (class 112) 0.0.19.10.0.255 method 1 adds a double-long to current_credit_amount.
        var expected = new ActionRequestNormal(InvokeId, new CosemMethodDescriptor(112, new ObisCode(0, 0, 19, 10, 0, 255), 1), new DoubleLongData(1000));

        AssertBothWays(XdlmsVectors.CreditUpdateAmountRequest, expected);
    }

    [Fact]
    public void HighLevelSecurityPassesRoundTrip()
    {
        var invokeId = new InvokeIdAndPriority(0xC0);
        var association = new CosemMethodDescriptor(15, new ObisCode(0, 0, 40, 0, 0, 255), 1);

        AssertBothWays(
            XdlmsVectors.HighLevelSecurityPass3Request,
            new ActionRequestNormal(invokeId, association, new OctetStringData(Hex.Parse("10 00 00 1A 90 E6 D2 22 1F A2 FD 85 EE D6 1A CC 22"))));
        AssertBothWays(
            XdlmsVectors.HighLevelSecurityPass4Response,
            new ActionResponseNormal(invokeId, ActionResult.Success, GetDataResult.Success(new OctetStringData(Hex.Parse("10 00 00 1A FD E8 85 7B 72 8A 34 99 10 6A A6 65 D1")))));
    }

    [Fact]
    public void ReturnParametersCanBeDataAccessResult()
    {
        AssertBothWays(
            XdlmsVectors.ActionReturnErrorResponse,
            new ActionResponseNormal(new InvokeIdAndPriority(0xC0), ActionResult.Success, GetDataResult.Failure(DataAccessResult.OtherReason)));
    }

    [Fact]
    public void MethodWithoutParametersRoundTrips()
    {
        // dlms-cosem tests/test_xdlms/test_action.py: Association LN method 1 with no parameters.
        AssertBothWays(
            "C3 01 C0 00 0F 00 00 28 00 00 FF 01 00",
            new ActionRequestNormal(new InvokeIdAndPriority(0xC0), new CosemMethodDescriptor(15, new ObisCode(0, 0, 40, 0, 0, 255), 1), null));
    }

    [Fact]
    public void FailedActionRoundTrips()
    {
        AssertBothWays("C7 01 C1 03 00", new ActionResponseNormal(InvokeId, ActionResult.ReadWriteDenied));
    }

    [Theory]
    [InlineData("C3 02 C1 00 00 00 01")]
    [InlineData("C7 02 C1 00 00 00 01")]
    [InlineData("C3 01 C1 00 46 00 00 60 03 0A FF 01 01")]
    [InlineData("C7 01 C1 00 01 02")]
    public void MalformedOrUnsupportedActionIsRejected(string hex)
    {
        // next-pblock request and with-pblock response (block transfer with ACTION is not implemented),
        // parameters flag without parameters, return-parameters choice 2
        Assert.Throws<DlmsProtocolException>(() => ApduDecoder.Decode(Hex.Parse(hex)));
    }

    private static void AssertBothWays(string hex, DlmsApdu expected)
    {
        var bytes = Hex.Parse(hex);

        Assert.Equal(expected, ApduDecoder.Decode(bytes));
        Assert.Equal(bytes, expected.ToArray());
    }
}
