using OpenPrepaid.Dlms.Hdlc;

namespace OpenPrepaid.Dlms.Tests.Hdlc;

public class HdlcControlTests
{
    [Fact]
    public void UnnumberedFramesMatchTable7()
    {
        // IEC 62056-46 Table 7, with the poll/final bit set.
        Assert.Equal(0x93, HdlcControl.SetNormalResponseMode().Value);
        Assert.Equal(0x53, HdlcControl.Disconnect().Value);
        Assert.Equal(0x73, HdlcControl.UnnumberedAcknowledge().Value);
        Assert.Equal(0x1F, HdlcControl.DisconnectedMode().Value);
        Assert.Equal(0x97, HdlcControl.FrameReject().Value);
        Assert.Equal(0x13, HdlcControl.UnnumberedInformation(true).Value);
        Assert.Equal(0x03, HdlcControl.UnnumberedInformation(false).Value);
        Assert.Equal(0x83, HdlcControl.SetNormalResponseMode(poll: false).Value);
    }

    [Fact]
    public void WindowOneExchangeUsesPublishedControlBytes()
    {
        // Client 0x10, server 0x30, client 0x32, server 0x52, client 0x54, server 0x74.
        Assert.Equal(0x10, HdlcControl.Information(0, 0, true).Value);
        Assert.Equal(0x30, HdlcControl.Information(0, 1, true).Value);
        Assert.Equal(0x32, HdlcControl.Information(1, 1, true).Value);
        Assert.Equal(0x52, HdlcControl.Information(1, 2, true).Value);
        Assert.Equal(0x54, HdlcControl.Information(2, 2, true).Value);
        Assert.Equal(0x74, HdlcControl.Information(2, 3, true).Value);
    }

    [Fact]
    public void ReceiveReadyPollsCarryNr()
    {
        Assert.Equal(0x31, HdlcControl.ReceiveReady(1, true).Value);
        Assert.Equal(0x51, HdlcControl.ReceiveReady(2, true).Value);
        Assert.Equal(0x01, HdlcControl.ReceiveReady(0, false).Value);
        Assert.Equal(0xB5, HdlcControl.ReceiveNotReady(5, true).Value);
    }

    [Fact]
    public void EveryByteClassifiesAndRebuilds()
    {
        for (int value = 0; value < 256; value++)
        {
            var control = new HdlcControl((byte)value);
            HdlcControl? rebuilt = control.Type switch
            {
                HdlcFrameType.Information => HdlcControl.Information(control.SendSequence, control.ReceiveSequence, control.PollFinal),
                HdlcFrameType.ReceiveReady => HdlcControl.ReceiveReady(control.ReceiveSequence, control.PollFinal),
                HdlcFrameType.ReceiveNotReady => HdlcControl.ReceiveNotReady(control.ReceiveSequence, control.PollFinal),
                HdlcFrameType.SetNormalResponseMode => HdlcControl.SetNormalResponseMode(control.PollFinal),
                HdlcFrameType.Disconnect => HdlcControl.Disconnect(control.PollFinal),
                HdlcFrameType.UnnumberedAcknowledge => HdlcControl.UnnumberedAcknowledge(control.PollFinal),
                HdlcFrameType.DisconnectedMode => HdlcControl.DisconnectedMode(control.PollFinal),
                HdlcFrameType.FrameReject => HdlcControl.FrameReject(control.PollFinal),
                HdlcFrameType.UnnumberedInformation => HdlcControl.UnnumberedInformation(control.PollFinal),
                _ => null,
            };

            if (rebuilt is HdlcControl known)
            {
                Assert.Equal(value, known.Value);
            }
        }
    }

    [Fact]
    public void ReservedCodesAreUnknown()
    {
        Assert.Equal(HdlcFrameType.Unknown, new HdlcControl(0x09).Type); // REJ
        Assert.Equal(HdlcFrameType.Unknown, new HdlcControl(0x0D).Type); // SREJ
        Assert.Equal(HdlcFrameType.Unknown, new HdlcControl(0xAF).Type); // XID
        Assert.Equal(HdlcFrameType.Unknown, new HdlcControl(0x2F).Type); // SABM
    }

    [Fact]
    public void SequenceNumbersAboveSevenAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HdlcControl.Information(8, 0, false));
        Assert.Throws<ArgumentOutOfRangeException>(() => HdlcControl.ReceiveReady(-1, false));
    }
}
