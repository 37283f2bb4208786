using OpenPrepaid.Dlms.Hdlc;
using OpenPrepaid.Dlms.Tests.Transport;
using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Dlms.Tests.Hdlc;

/// <summary>
/// Published HDLC frames (IEC 62056-46 examples and the dlms-cosem test suite, checksums re-computed), each
/// decoded into its fields and encoded back from them.
/// </summary>
public class HdlcFrameVectorTests
{
    private static readonly HdlcAddress PublicClient = HdlcAddress.Client(16);
    private static readonly HdlcAddress ManagementDevice = HdlcAddress.Server(1);
    private static readonly HdlcAddress Device1Physical17 = HdlcAddress.Server(1, 17, 2);

    public static TheoryData<string, string, HdlcFrame> Vectors => new()
    {
        {
            "SNRM to server 1 from client 16",
            "7E A0 07 03 21 93 0F 01 7E",
            new HdlcFrame(ManagementDevice, PublicClient, HdlcControl.SetNormalResponseMode())
        },
        {
            "DISC to server 1 from client 16",
            "7E A0 07 03 21 53 03 C7 7E",
            new HdlcFrame(ManagementDevice, PublicClient, HdlcControl.Disconnect())
        },
        {
            "SNRM to server 1/17",
            "7E A0 08 02 23 21 93 BD 64 7E",
            new HdlcFrame(Device1Physical17, PublicClient, HdlcControl.SetNormalResponseMode())
        },
        {
            "UA with parameters 154/154/1/1",
            "7E A0 1F 21 02 23 73 E6 C7 81 80 12 05 01 9A 06 01 9A 07 04 00 00 00 01 08 04 00 00 00 01 CC A2 7E",
            new HdlcFrame(PublicClient, Device1Physical17, HdlcControl.UnnumberedAcknowledge(), Hex.Parse("81 80 12 05 01 9A 06 01 9A 07 04 00 00 00 01 08 04 00 00 00 01"))
        },
        {
            "I frame with AARQ",
            "7E A0 2C 02 23 21 10 AF 9F E6 E6 00 60 1D A1 09 06 07 60 85 74 05 08 01 01 BE 10 04 0E 01 00 00 00 06 5F 1F 04 00 00 1E 1D FF FF C5 E4 7E",
            new HdlcFrame(Device1Physical17, PublicClient, HdlcControl.Information(0, 0, true), Hex.Parse("E6 E6 00 60 1D A1 09 06 07 60 85 74 05 08 01 01 BE 10 04 0E 01 00 00 00 06 5F 1F 04 00 00 1E 1D FF FF"))
        },
        {
            "I frame with AARE",
            "7E A0 38 21 02 23 30 34 E7 E6 E7 00 61 29 A1 09 06 07 60 85 74 05 08 01 01 A2 03 02 01 00 A3 05 A1 03 02 01 00 BE 10 04 0E 08 00 06 5F 1F 04 00 00 1E 1D 04 C8 00 07 B8 6A 7E",
            new HdlcFrame(PublicClient, Device1Physical17, HdlcControl.Information(0, 1, true), Hex.Parse("E6 E7 00 61 29 A1 09 06 07 60 85 74 05 08 01 01 A2 03 02 01 00 A3 05 A1 03 02 01 00 BE 10 04 0E 08 00 06 5F 1F 04 00 00 1E 1D 04 C8 00 07"))
        },
        {
            "I frame with GET clock",
            "7E A0 19 03 21 32 6F D8 E6 E6 00 C0 01 C1 00 08 00 00 01 00 00 FF 02 00 60 1A 7E",
            new HdlcFrame(ManagementDevice, PublicClient, HdlcControl.Information(1, 1, true), Hex.Parse("E6 E6 00 C0 01 C1 00 08 00 00 01 00 00 FF 02 00"))
        },
        {
            "SNRM from client 19 to server 16/1 (echoed by an optical head)",
            "7E A0 08 20 03 27 93 73 85 7E",
            new HdlcFrame(HdlcAddress.Server(16, 1, 2), HdlcAddress.Client(19), HdlcControl.SetNormalResponseMode())
        },
        {
            "UA without parameters from server 16/1 to client 19",
            "7E A0 08 27 20 03 73 50 9D 7E",
            new HdlcFrame(HdlcAddress.Client(19), HdlcAddress.Server(16, 1, 2), HdlcControl.UnnumberedAcknowledge())
        },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void VectorEncodesFromFields(string name, string hex, HdlcFrame frame)
    {
        Assert.NotNull(name);
        Assert.Equal(Hex.Format(Hex.Parse(hex)), Hex.Format(HdlcFrameEncoder.Encode(frame)));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void VectorDecodesToFields(string name, string hex, HdlcFrame expected)
    {
        byte[] bytes = Hex.Parse(hex);
        HdlcDecodeResult result = HdlcFrameDecoder.Decode(bytes);

        Assert.True(result.Status == FrameDecodeStatus.Complete, $"{name}: {result.Status} {result.Error}");
        HdlcFrame frame = result.Frame!;
        Assert.Equal(bytes.Length - 1, result.Consumed);
        Assert.Equal(expected.Destination, frame.Destination);
        Assert.Equal(expected.Source, frame.Source);
        Assert.Equal(expected.Control, frame.Control);
        Assert.Equal(expected.Segmented, frame.Segmented);
        Assert.Equal(expected.Information.ToArray(), frame.Information.ToArray());
        Assert.Equal(bytes.Length - 2, frame.Length);
    }

    [Fact]
    public void UaParametersDecodeTo154AndWindowOne()
    {
        byte[] bytes = Hex.Parse("7E A0 1F 21 02 23 73 E6 C7 81 80 12 05 01 9A 06 01 9A 07 04 00 00 00 01 08 04 00 00 00 01 CC A2 7E");
        HdlcFrame frame = HdlcFrameDecoder.Decode(bytes).Frame!;

        Assert.Equal(new HdlcParameters(154, 154, 1, 1), HdlcParameters.Decode(frame.Information.Span));
    }
}
