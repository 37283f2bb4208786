using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Tests.Support;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Acse;

/// <summary>Known-answer RLRQ and RLRE vectors: reason [0] and optional user-information.</summary>
public class ReleaseTests
{
    [Fact]
    public void NormalReleaseRequestRoundTrips()
    {
        var bytes = Hex.Parse(AcseVectors.Rlrq);

        var rlrq = Assert.IsType<RlrqApdu>(ApduDecoder.Decode(bytes));

        Assert.Equal((byte)0, rlrq.Reason);
        Assert.Null(rlrq.UserInformation);
        Assert.Equal(bytes, new RlrqApdu().ToArray());
    }

    [Fact]
    public void NormalReleaseResponseRoundTrips()
    {
        var bytes = Hex.Parse(AcseVectors.Rlre);

        var rlre = Assert.IsType<RlreApdu>(ApduDecoder.Decode(bytes));

        Assert.Equal((byte)0, rlre.Reason);
        Assert.Null(rlre.UserInformation);
        Assert.Equal(bytes, new RlreApdu().ToArray());
    }

    [Fact]
    public void ReleaseResponseCarriesInitiateResponse()
    {
        var bytes = Hex.Parse(AcseVectors.RlreWithUserInformation);

        var rlre = RlreApdu.Decode(bytes);
        var initiate = InitiateResponse.Decode(rlre.UserInformation!);

        Assert.Equal((byte)0, rlre.Reason);
        Assert.Equal((sbyte)0, initiate.NegotiatedQualityOfService);
        Assert.Equal((Conformance)0x001E1D, initiate.NegotiatedConformance);
        Assert.Equal(1224, initiate.ServerMaxReceivePduSize);
        Assert.Equal(InitiateResponse.LogicalNameVaaName, initiate.VaaName);
        var encoded = new RlreApdu(0, new InitiateResponse((Conformance)0x001E1D, 1224, NegotiatedQualityOfService: 0).Encode()).ToArray();
        Assert.Equal(bytes, encoded);
    }

    [Fact]
    public void ReleaseRequestKeepsCipheredUserInformation()
    {
        var bytes = Hex.Parse(AcseVectors.RlrqWithCipheredUserInformation);

        var rlrq = RlrqApdu.Decode(bytes);

        Assert.Equal((byte)0, rlrq.Reason);
        Assert.Equal(0x21, rlrq.UserInformation![0]);
        Assert.Equal(bytes, rlrq.ToArray());
    }

    [Theory]
    [InlineData("62 00", null)]
    [InlineData("62 03 80 01 01", (byte)1)]
    [InlineData("63 03 80 01 1E", (byte)30)]
    public void ReasonIsOptional(string hex, byte? reason)
    {
        var bytes = Hex.Parse(hex);

        var decoded = ApduDecoder.Decode(bytes);

        var actualReason = decoded switch
        {
            RlrqApdu rlrq => rlrq.Reason,
            RlreApdu rlre => rlre.Reason,
            _ => throw new InvalidOperationException($"unexpected {decoded}"),
        };
        Assert.Equal(reason, actualReason);
        Assert.Equal(bytes, decoded.ToArray());
    }

    [Theory]
    [InlineData("62 04 80 02 00 00")]
    [InlineData("62 04 80 01 00 00")]
    [InlineData("63 05 BE 03 09 01 00")]
    public void MalformedReleaseIsRejected(string hex)
    {
        // two-byte reason, bytes past the declared length, user-information not an OCTET STRING
        Assert.Throws<DlmsProtocolException>(() => ApduDecoder.Decode(Hex.Parse(hex)));
    }
}
