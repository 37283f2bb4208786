using OpenPrepaid.Dlms.Hdlc;
using OpenPrepaid.Dlms.Tests.Transport;

namespace OpenPrepaid.Dlms.Tests.Hdlc;

public class HdlcServerLinkTests
{
    private static readonly HdlcAddress Client = HdlcAddress.Client(16);
    private static readonly HdlcAddress Server = HdlcAddress.Server(1, 17, 2);

    [Fact]
    public void BareSnrmGetsUaWithDefaults()
    {
        var link = new HdlcServerLink(Server, Client);
        HdlcServerStep step = link.Receive(Snrm());

        HdlcFrame ua = Assert.Single(step.Frames);
        Assert.Equal(HdlcServerEvent.Connected, step.Event);
        Assert.Equal(HdlcControl.UnnumberedAcknowledge(), ua.Control);
        Assert.Equal(Client, ua.Destination);
        Assert.Equal(Server, ua.Source);
        Assert.Equal(HdlcParameters.Default, HdlcParameters.Decode(ua.Information.Span));
        Assert.Equal(HdlcServerLinkState.Connected, link.State);
    }

    [Fact]
    public void SnrmParametersAreNegotiatedDown()
    {
        var link = new HdlcServerLink(Server, Client, new HdlcServerLinkOptions { Capability = new HdlcParameters(256, 512, 4, 2) });
        HdlcServerStep step = link.Receive(Snrm(new HdlcParameters(1024, 200, 7, 7)));

        // UA from the server's viewpoint: transmit min(256, 200), receive min(512, 1024), windows min(4, 7), min(2, 7).
        Assert.Equal(new HdlcParameters(200, 512, 4, 2), HdlcParameters.Decode(Assert.Single(step.Frames).Information.Span));
        Assert.Equal(new HdlcParameters(200, 512, 4, 2), link.Parameters);
    }

    [Fact]
    public void InformationLengthIsCappedToFitTheFrame()
    {
        var link = new HdlcServerLink(HdlcAddress.Server(1, 17, 4), Client, new HdlcServerLinkOptions { Capability = new HdlcParameters(4000, 4000, 1, 1) });
        link.Receive(new HdlcFrame(HdlcAddress.Server(1, 17, 4), Client, HdlcControl.SetNormalResponseMode(), new HdlcParameters(4000, 4000, 1, 1).Encode()));

        // 2047 minus format (2), addresses (4 + 1), control (1), HCS (2) and FCS (2).
        Assert.Equal(2035, link.Parameters.MaxInformationFieldLengthTransmit);
    }

    [Theory]
    [InlineData("81 80 03 09 01 01")]
    [InlineData("81 80 03 07 01 00")]
    [InlineData("01 02 03")]
    public void UnacceptableSnrmGetsDm(string parameters)
    {
        var link = new HdlcServerLink(Server, Client);
        HdlcServerStep step = link.Receive(new HdlcFrame(Server, Client, HdlcControl.SetNormalResponseMode(), Hex.Parse(parameters)));

        Assert.Equal(HdlcControl.DisconnectedMode(), Assert.Single(step.Frames).Control);
        Assert.Equal(HdlcServerLinkState.Disconnected, link.State);
    }

    [Fact]
    public void DiscGetsUaOrDm()
    {
        var link = new HdlcServerLink(Server, Client);
        HdlcServerStep idle = link.Receive(Disc());
        link.Receive(Snrm());
        HdlcServerStep connected = link.Receive(Disc());

        Assert.Equal(HdlcControl.DisconnectedMode(), Assert.Single(idle.Frames).Control);
        Assert.Equal(HdlcServerEvent.None, idle.Event);
        Assert.Equal(HdlcControl.UnnumberedAcknowledge(), Assert.Single(connected.Frames).Control);
        Assert.Equal(HdlcServerEvent.Disconnected, connected.Event);
    }

    [Fact]
    public void InformationWhileDisconnectedGetsDm()
    {
        var link = new HdlcServerLink(Server, Client);
        HdlcServerStep step = link.Receive(Information(0, 0, true, false, [0xE6, 0xE6, 0x00, 0xC0]));

        Assert.Equal(HdlcControl.DisconnectedMode(), Assert.Single(step.Frames).Control);
    }

    [Fact]
    public void InvalidControlGetsFrmrUntilSnrm()
    {
        HdlcServerLink link = Connected();
        HdlcServerStep reject = link.Receive(new HdlcFrame(Server, Client, new HdlcControl(0x09)));
        HdlcServerStep repeated = link.Receive(ReceiveReady(0));
        HdlcServerStep reset = link.Receive(Snrm());

        HdlcFrame frmr = Assert.Single(reject.Frames);
        Assert.Equal(HdlcControl.FrameReject(), frmr.Control);
        Assert.Equal(new byte[] { 0x09, 0x00, (byte)HdlcFrameRejectReason.InvalidControl }, frmr.Information.ToArray());
        Assert.Equal(HdlcControl.FrameReject(), Assert.Single(repeated.Frames).Control);
        Assert.Equal(HdlcServerEvent.Connected, reset.Event);
    }

    [Fact]
    public void InformationLongerThanNegotiatedGetsFrmr()
    {
        var link = new HdlcServerLink(Server, Client);
        link.Receive(Snrm(new HdlcParameters(16, 16, 1, 1)));

        HdlcServerStep step = link.Receive(Information(0, 0, true, false, new byte[17]));

        Assert.Equal((byte)HdlcFrameRejectReason.InformationTooLong, Assert.Single(step.Frames).Information.Span[2]);
        Assert.Equal(HdlcServerLinkState.FrameRejected, link.State);
    }

    [Fact]
    public void ReceiveSequenceBeyondSentFramesGetsFrmr()
    {
        HdlcServerLink link = Connected();
        HdlcServerStep step = link.Receive(ReceiveReady(2));

        Assert.Equal((byte)HdlcFrameRejectReason.InvalidReceiveSequence, Assert.Single(step.Frames).Information.Span[2]);
    }

    [Fact]
    public void SegmentedRequestIsAcknowledgedAndReassembled()
    {
        HdlcServerLink link = Connected();
        HdlcServerStep first = link.Receive(Information(0, 0, true, true, [0xE6, 0xE6, 0x00, 0xC1]));
        HdlcServerStep last = link.Receive(Information(1, 0, true, false, [0x01, 0xC1, 0x00]));

        Assert.Equal(HdlcControl.ReceiveReady(1, true), Assert.Single(first.Frames).Control);
        Assert.Equal(HdlcServerEvent.RequestReceived, last.Event);
        Assert.Empty(last.Frames);
        Assert.Equal(new byte[] { 0xC1, 0x01, 0xC1, 0x00 }, last.Request.ToArray());
        Assert.True(link.RequestPending);
    }

    [Fact]
    public void LongResponseIsSegmentedToWindowAndPolled()
    {
        var link = new HdlcServerLink(Server, Client);
        link.Receive(Snrm(new HdlcParameters(128, 16, 1, 2)));
        link.Receive(Information(0, 0, true, false, [0xE6, 0xE6, 0x00, 0xC0]));

        // 50 APDU bytes + 3 LLC bytes in information fields of 16: 16, 16, 16, 5.
        IReadOnlyList<HdlcFrame> first = link.Respond(Wire.Pattern(50));
        HdlcServerStep second = link.Receive(ReceiveReady(2));

        Assert.Equal([(0, true, false), (1, true, true)], Describe(first));
        Assert.Equal([(2, true, false), (3, false, true)], Describe(second.Frames));
        byte[] all = [.. first.Concat(second.Frames).SelectMany(frame => frame.Information.ToArray())];
        Assert.Equal([0xE6, 0xE7, 0x00, .. Wire.Pattern(50)], all);
        Assert.All(first.Concat(second.Frames), frame => Assert.Equal(1, frame.Control.ReceiveSequence));
    }

    [Fact]
    public void PollWithEarlierReceiveSequenceResendsFromThere()
    {
        var link = new HdlcServerLink(Server, Client);
        link.Receive(Snrm(new HdlcParameters(128, 16, 1, 3)));
        link.Receive(Information(0, 0, true, false, [0xE6, 0xE6, 0x00, 0xC0]));
        link.Respond(Wire.Pattern(50));

        HdlcServerStep step = link.Receive(ReceiveReady(1));

        Assert.Equal([(1, true, false), (2, true, false), (3, false, true)], Describe(step.Frames));
        Assert.Equal(2, link.Statistics.Retransmissions);
    }

    [Fact]
    public void DroppedRequestLeavesPollsAnsweredWithReceiveReady()
    {
        HdlcServerLink link = Connected();
        link.Receive(Information(0, 0, true, false, [0xE6, 0xE6, 0x00, 0xC0]));
        link.DropRequest();

        HdlcServerStep step = link.Receive(ReceiveReady(0));

        Assert.Equal(HdlcControl.ReceiveReady(1, true), Assert.Single(step.Frames).Control);
        Assert.False(link.RequestPending);
    }

    [Fact]
    public void OutOfSequenceInformationGetsReceiveReady()
    {
        HdlcServerLink link = Connected();
        HdlcServerStep step = link.Receive(Information(3, 0, true, false, [0xE6, 0xE6, 0x00, 0xC0]));

        Assert.Equal(HdlcControl.ReceiveReady(0, true), Assert.Single(step.Frames).Control);
        Assert.Equal(HdlcServerEvent.None, step.Event);
    }

    [Fact]
    public void RequestWithoutLlcHeaderIsDiscarded()
    {
        HdlcServerLink link = Connected();
        HdlcServerStep step = link.Receive(Information(0, 0, true, false, [0xC0, 0x01, 0xC1]));

        Assert.Equal(HdlcServerEvent.None, step.Event);
        Assert.Equal(HdlcControl.ReceiveReady(1, true), Assert.Single(step.Frames).Control);
    }

    [Fact]
    public void BroadcastLsapIsAccepted()
    {
        HdlcServerLink link = Connected();
        HdlcServerStep step = link.Receive(Information(0, 0, true, false, [0xFF, 0xE6, 0x00, 0xC0]));

        Assert.Equal(HdlcServerEvent.RequestReceived, step.Event);
    }

    private static HdlcServerLink Connected()
    {
        var link = new HdlcServerLink(Server, Client);
        Assert.Equal(HdlcServerEvent.Connected, link.Receive(Snrm()).Event);
        return link;
    }

    private static HdlcFrame Snrm(HdlcParameters? proposal = null) =>
        new(Server, Client, HdlcControl.SetNormalResponseMode(), proposal?.Encode() ?? default);

    private static HdlcFrame Disc() => new(Server, Client, HdlcControl.Disconnect());

    private static HdlcFrame ReceiveReady(int receiveSequence) => new(Server, Client, HdlcControl.ReceiveReady(receiveSequence, true));

    private static HdlcFrame Information(int sendSequence, int receiveSequence, bool poll, bool segmented, byte[] information) =>
        new(Server, Client, HdlcControl.Information(sendSequence, receiveSequence, poll), information, segmented);

    private static (int SendSequence, bool Segmented, bool Final)[] Describe(IEnumerable<HdlcFrame> frames) =>
        frames.Select(frame => (frame.Control.SendSequence, frame.Segmented, frame.Control.PollFinal)).ToArray();
}
