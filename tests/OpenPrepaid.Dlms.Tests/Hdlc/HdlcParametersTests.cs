using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenPrepaid.Dlms.Hdlc;
using OpenPrepaid.Dlms.Tests.Transport;

namespace OpenPrepaid.Dlms.Tests.Hdlc;

public class HdlcParametersTests
{
    [Fact]
    public void DefaultsEncodeAsTheStandardExample()
    {
        Assert.Equal(
            Hex.Format(Hex.Parse("81 80 12 05 01 80 06 01 80 07 04 00 00 00 01 08 04 00 00 00 01")),
            Hex.Format(HdlcParameters.Default.Encode()));
    }

    [Fact]
    public void TwoByteLengthsDecode()
    {
        HdlcParameters parameters = HdlcParameters.Decode(Hex.Parse("81 80 14 05 02 00 80 06 02 00 80 07 04 00 00 00 01 08 04 00 00 00 01"));

        Assert.Equal(HdlcParameters.Default, parameters);
    }

    [Fact]
    public void LengthsAbove255UseTwoBytes()
    {
        byte[] encoded = new HdlcParameters(256, 2030, 7, 3).Encode();

        Assert.Equal(Hex.Format(Hex.Parse("81 80 14 05 02 01 00 06 02 07 EE 07 04 00 00 00 07 08 04 00 00 00 03")), Hex.Format(encoded));
    }

    [Fact]
    public void OneTwoAndFourByteValuesDecode()
    {
        HdlcParameters parameters = HdlcParameters.Decode(Hex.Parse("81 80 10 05 01 9A 06 04 00 00 01 00 07 01 07 08 02 00 02"));

        Assert.Equal(new HdlcParameters(154, 256, 7, 2), parameters);
    }

    [Fact]
    public void EmptyFieldAndMissingParametersTakeDefaults()
    {
        Assert.Equal(HdlcParameters.Default, HdlcParameters.Decode([]));
        Assert.Equal(new HdlcParameters(128, 128, 1, 4), HdlcParameters.Decode(Hex.Parse("81 80 03 08 01 04")));
        Assert.Equal(HdlcParameters.Default, HdlcParameters.Decode(Hex.Parse("81 80 00")));
    }

    [Theory]
    [InlineData("81", 0)]
    [InlineData("82 80 00", 0)]
    [InlineData("81 80 04 05 01 80", 2)]
    [InlineData("81 80 03 09 01 01", 3)]
    [InlineData("81 80 03 05 05 01", 4)]
    [InlineData("81 80 03 05 02 01", 5)]
    [InlineData("81 80 01 05", 3)]
    [InlineData("81 80 06 05 04 FF FF FF FF", 5)]
    public void MalformedFieldIsRejectedWithOffset(string hex, int offset)
    {
        DlmsProtocolException exception = Assert.Throws<DlmsProtocolException>(() => HdlcParameters.Decode(Hex.Parse(hex)));

        Assert.Equal(offset, exception.Offset);
    }

    [Fact]
    public void NegotiationTakesTheSmallerValueFromEachViewpoint()
    {
        var serverCapability = new HdlcParameters(512, 256, 7, 3);
        var clientProposal = new HdlcParameters(1024, 128, 2, 7);
        HdlcParameters answer = serverCapability.Negotiate(clientProposal);

        // Server transmit = min(its transmit, client receive); server receive = min(its receive, client transmit).
        Assert.Equal(new HdlcParameters(128, 256, 7, 2), answer);
        Assert.Equal(new HdlcParameters(256, 128, 2, 7), answer.FromPeerViewpoint());
    }

    [Fact]
    public void ZeroWindowIsNotUsable()
    {
        Assert.False(new HdlcParameters(128, 128, 0, 1).IsUsable);
        Assert.False(new HdlcParameters(0, 128, 1, 1).IsUsable);
        Assert.False(new HdlcParameters(128, 128, 1, 8).IsUsable);
        Assert.True(HdlcParameters.Default.IsUsable);
    }

    [Property(MaxTest = 300)]
    public Property ParametersRoundTrip()
    {
        Gen<int> length = Gen.OneOf(Gen.Elements(0, 127, 128, 255, 256, 2030, 2047, 65535, 65536), Gen.Choose(0, 70000));
        Gen<int> window = Gen.OneOf(Gen.Elements(0, 1, 7, 255, 256), Gen.Choose(0, int.MaxValue));
        Gen<HdlcParameters> parameters =
            from transmit in length
            from receive in length
            from transmitWindow in window
            from receiveWindow in window
            select new HdlcParameters(transmit, receive, transmitWindow, receiveWindow);

        return Prop.ForAll(Arb.From(parameters), value => HdlcParameters.Decode(value.Encode()) == value);
    }
}
