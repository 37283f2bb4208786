using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Tests.Support;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Xdlms;

/// <summary>
/// InitiateRequest and InitiateResponse, the xDLMS negotiation inside AARQ and AARE, and the 24-bit conformance
/// block where bit 0 is the most significant bit of the first byte.
/// </summary>
public class InitiateTests
{
    public static TheoryData<string, Conformance> ConformanceDecodings { get; } = new()
    {
        {
            "00 7E 1F",
            Conformance.PriorityMgmtSupported | Conformance.Attribute0SupportedWithGet | Conformance.BlockTransferWithGetOrRead
                | Conformance.BlockTransferWithSetOrWrite | Conformance.BlockTransferWithAction | Conformance.MultipleReferences
                | Conformance.Get | Conformance.Set | Conformance.SelectiveAccess | Conformance.EventNotification | Conformance.Action
        },
        {
            "00 1E 1D",
            Conformance.BlockTransferWithGetOrRead | Conformance.BlockTransferWithSetOrWrite | Conformance.BlockTransferWithAction
                | Conformance.MultipleReferences | Conformance.Get | Conformance.Set | Conformance.SelectiveAccess | Conformance.Action
        },
        {
            "00 50 1F",
            Conformance.PriorityMgmtSupported | Conformance.BlockTransferWithGetOrRead | Conformance.Get | Conformance.Set
                | Conformance.SelectiveAccess | Conformance.EventNotification | Conformance.Action
        },
        { "40 00 00", Conformance.GeneralProtection },
        { "20 00 00", Conformance.GeneralBlockTransfer },
        { "00 00 01", Conformance.Action },
        { "00 80 00", Conformance.Attribute0SupportedWithSet },
    };

    [Theory]
    [MemberData(nameof(ConformanceDecodings))]
    public void ConformanceBlockDecodesToFlags(string bits, Conformance expected)
    {
        var bytes = Hex.Parse("5F 1F 04 00 " + bits);
        var reader = new AxdrReader(bytes);

        Assert.Equal(expected, ConformanceCodec.Read(ref reader));

        var writer = new AxdrWriter();
        ConformanceCodec.Write(writer, expected);
        Assert.Equal(bytes, writer.ToArray());
    }

    [Fact]
    public void DefaultLogicalNameConformanceIsWhatClientsPropose()
    {
        Assert.Equal((Conformance)0x007E1F, Conformance.DefaultLogicalName);
    }

    [Theory]
    [InlineData("5E 1F 04 00 00 7E 1F")]
    [InlineData("5F 1E 04 00 00 7E 1F")]
    [InlineData("5F 1F 03 00 00 7E")]
    public void WrongConformanceHeaderIsRejected(string hex)
    {
        var bytes = Hex.Parse(hex);

        Assert.Throws<DlmsProtocolException>(() =>
        {
            var reader = new AxdrReader(bytes);
            ConformanceCodec.Read(ref reader);
        });
    }

    [Fact]
    public void InitiateRequestRoundTrips()
    {
        // dlms-cosem tests/test_xdlms/test_initiate.py: proposed conformance 00 7E 1F, max PDU 1200.
        var bytes = Hex.Parse("01 00 00 00 06 5F 1F 04 00 00 7E 1F 04 B0");

        var request = InitiateRequest.Decode(bytes);

        Assert.Equal(Conformance.DefaultLogicalName, request.ProposedConformance);
        Assert.Equal(1200, request.ClientMaxReceivePduSize);
        Assert.Equal(6, request.DlmsVersion);
        Assert.Null(request.DedicatedKey);
        Assert.True(request.ResponseAllowed);
        Assert.Null(request.ProposedQualityOfService);
        Assert.Equal(bytes, new InitiateRequest(Conformance.DefaultLogicalName, 1200).Encode());
    }

    [Fact]
    public void InitiateRequestWithDedicatedKeyRoundTrips()
    {
        // dlms-cosem tests/test_xdlms/test_initiate.py
        var bytes = Hex.Parse("01 01 10 00 11 22 33 44 55 66 77 88 99 AA BB CC DD EE FF 00 00 06 5F 1F 04 00 00 7E 1F 04 B0");
        var key = Hex.Parse("00112233445566778899AABBCCDDEEFF");

        var request = InitiateRequest.Decode(bytes);

        Assert.Equal(key, request.DedicatedKey);
        Assert.Equal(bytes, new InitiateRequest(Conformance.DefaultLogicalName, 1200, DedicatedKey: key).Encode());
    }

    [Fact]
    public void ResponseNotAllowedIsSentExplicitly()
    {
        // response-allowed has DEFAULT TRUE, so only FALSE is written out: 01 00.
        var request = new InitiateRequest(Conformance.Get, 0xFFFF, ResponseAllowed: false, ProposedQualityOfService: -1);

        var bytes = request.Encode();

        Assert.Equal(Hex.Parse("01 00 01 00 01 FF 06 5F 1F 04 00 00 00 10 FF FF"), bytes);
        Assert.False(InitiateRequest.Decode(bytes).ResponseAllowed);
        Assert.Equal((sbyte)-1, InitiateRequest.Decode(bytes).ProposedQualityOfService);
    }

    [Fact]
    public void InitiateResponseRoundTrips()
    {
        // dlms-cosem tests/test_xdlms/test_initiate.py: conformance 00 50 1F, server max PDU 500, vaa-name 0x0007.
        var bytes = Hex.Parse("08 00 06 5F 1F 04 00 00 50 1F 01 F4 00 07");

        var response = InitiateResponse.Decode(bytes);

        Assert.Equal(new InitiateResponse((Conformance)0x00501F, 500), response);
        Assert.Equal(bytes, response.Encode());
    }

    [Fact]
    public void MeterNegotiatesMaxPduOf239()
    {
        // A meter's InitiateResponse: conformance 00 52 1D, server max receive PDU 239, vaa-name 0x0007.
        var bytes = Hex.Parse("08 00 06 5F 1F 04 00 00 52 1D 00 EF 00 07");

        var response = InitiateResponse.Decode(bytes);

        Assert.Equal(239, response.ServerMaxReceivePduSize);
        Assert.Equal(6, response.DlmsVersion);
        Assert.Equal(InitiateResponse.LogicalNameVaaName, response.VaaName);
        Assert.Null(response.NegotiatedQualityOfService);
        Assert.Equal(
            Conformance.PriorityMgmtSupported | Conformance.BlockTransferWithGetOrRead | Conformance.MultipleReferences
                | Conformance.Get | Conformance.Set | Conformance.SelectiveAccess | Conformance.Action,
            response.NegotiatedConformance);
        Assert.False(response.NegotiatedConformance.HasFlag(Conformance.BlockTransferWithSetOrWrite));
        Assert.Equal(bytes, response.Encode());
    }

    [Fact]
    public void ConformanceWithoutMultipleReferencesForbidsLists()
    {
        // A meter profile that grants no GET-with-list: conformance byte 2 is 0x50, the multiple-references bit clear.
        var bytes = Hex.Parse("08 00 06 5F 1F 04 00 00 50 1D 00 EF 00 07");

        var response = InitiateResponse.Decode(bytes);

        Assert.False(response.NegotiatedConformance.HasFlag(Conformance.MultipleReferences));
        Assert.True(response.NegotiatedConformance.HasFlag(Conformance.Get));
        Assert.True(response.NegotiatedConformance.HasFlag(Conformance.BlockTransferWithGetOrRead));
        Assert.Equal(239, response.ServerMaxReceivePduSize);
        Assert.Equal(bytes, response.Encode());
    }

    [Theory]
    [InlineData("08 00 06 5F 1F 04 00 00 50 1F 01 F4")]
    [InlineData("01 00 00 00 06 5F 1F 04 00 00 7E 1F 04")]
    [InlineData("01 01 10 00 11 22")]
    [InlineData("02 00 00 00 06 5F 1F 04 00 00 7E 1F 04 B0")]
    public void MalformedInitiateIsRejected(string hex)
    {
        // short response, short request, truncated dedicated key, wrong tag for either
        var bytes = Hex.Parse(hex);

        Assert.Throws<DlmsProtocolException>(() => InitiateRequest.Decode(bytes));
        Assert.Throws<DlmsProtocolException>(() => InitiateResponse.Decode(bytes));
    }
}
