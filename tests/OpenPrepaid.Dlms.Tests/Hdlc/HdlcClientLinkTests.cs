using OpenPrepaid.Dlms.Hdlc;
using OpenPrepaid.Dlms.Tests.Transport;

namespace OpenPrepaid.Dlms.Tests.Hdlc;

public class HdlcClientLinkTests
{
    private static readonly HdlcAddress Client = HdlcAddress.Client(16);
    private static readonly HdlcAddress Server = HdlcAddress.Server(1, 17, 2);

    [Fact]
    public void ConnectSendsBareSnrmForDefaults()
    {
        var link = new HdlcClientLink(new HdlcClientLinkOptions { ClientAddress = Client, ServerAddress = HdlcAddress.Server(1) });
        IReadOnlyList<HdlcFrame> frames = link.Connect();

        Assert.Equal("7EA0070321930F017E", Hex.Format(HdlcFrameEncoder.Encode(Assert.Single(frames))));
        Assert.Equal(HdlcClientLinkState.Connecting, link.State);
    }

    [Fact]
    public void ConnectProposesNonDefaultParameters()
    {
        var proposal = new HdlcParameters(512, 1024, 3, 7);
        HdlcClientLink link = Create(proposal: proposal);
        HdlcFrame snrm = Assert.Single(link.Connect());

        Assert.Equal(proposal, HdlcParameters.Decode(snrm.Information.Span));
    }

    [Fact]
    public void EchoedSnrmIsDroppedAndUaAccepted()
    {
        // An optical head returns the client's SNRM before the meter's UA; the UA carries no parameters.
        var link = new HdlcClientLink(new HdlcClientLinkOptions { ClientAddress = HdlcAddress.Client(19), ServerAddress = HdlcAddress.Server(16, 1, 2) });
        link.Connect();

        HdlcClientStep echo = link.Receive(Wire.Decode("7E A0 08 20 03 27 93 73 85 7E"));
        HdlcClientStep answer = link.Receive(Wire.Decode("7E A0 08 27 20 03 73 50 9D 7E"));

        Assert.Equal(HdlcClientEvent.None, echo.Event);
        Assert.Empty(echo.Frames);
        Assert.Equal(HdlcClientEvent.Connected, answer.Event);
        Assert.Equal(HdlcParameters.Default, link.Parameters);
        Assert.Equal(1, link.Statistics.EchoesDropped);
        Assert.Equal(0, link.Statistics.Retransmissions);
        Assert.Equal(0, link.Statistics.FrameErrors);
        Assert.Equal(0, link.Statistics.FramesIgnored);
    }

    [Fact]
    public void UaValuesAreTakenFromTheMetersViewpoint()
    {
        HdlcClientLink link = Create(proposal: new HdlcParameters(1024, 512, 7, 7));
        link.Connect();

        // The meter transmits up to 256 and receives up to 300, with windows 3 (transmit) and 5 (receive).
        link.Receive(Ua(new HdlcParameters(256, 300, 3, 5)));

        Assert.Equal(new HdlcParameters(300, 256, 5, 3), link.Parameters);
    }

    [Fact]
    public void UaAboveProposalIsCappedByProposal()
    {
        HdlcClientLink link = Create(proposal: new HdlcParameters(64, 64, 2, 2));
        link.Connect();
        link.Receive(Ua(new HdlcParameters(1024, 1024, 7, 7)));

        Assert.Equal(new HdlcParameters(64, 64, 2, 2), link.Parameters);
    }

    [Fact]
    public void DmAnswerToSnrmFails()
    {
        HdlcClientLink link = Create();
        link.Connect();
        HdlcClientStep step = link.Receive(new HdlcFrame(Client, Server, HdlcControl.DisconnectedMode()));

        Assert.Equal(HdlcClientEvent.Failed, step.Event);
        Assert.IsType<DlmsTransportException>(step.Error);
        Assert.Equal(HdlcClientLinkState.Disconnected, link.State);
    }

    [Fact]
    public void TimeoutRepeatsSnrmThenGivesUp()
    {
        HdlcClientLink link = Create(maxRetries: 2);
        link.Connect();

        HdlcClientStep first = link.Timeout(TimeSpan.FromSeconds(1));
        HdlcClientStep second = link.Timeout(TimeSpan.FromSeconds(1));
        HdlcClientStep last = link.Timeout(TimeSpan.FromSeconds(1));

        Assert.True(first.DiscardInput);
        Assert.Equal(HdlcFrameType.SetNormalResponseMode, Assert.Single(first.Frames).Control.Type);
        Assert.Equal(HdlcFrameType.SetNormalResponseMode, Assert.Single(second.Frames).Control.Type);
        Assert.Equal(HdlcClientEvent.Failed, last.Event);
        DlmsTimeoutException timeout = Assert.IsType<DlmsTimeoutException>(last.Error);
        Assert.Equal(TimeSpan.FromSeconds(1), timeout.Timeout);
        Assert.Equal(2, link.Statistics.Retransmissions);
    }

    [Fact]
    public void SegmentedRequestWaitsForReceiveReadyPerWindow()
    {
        HdlcClientLink link = Connected(new HdlcParameters(10, 10, 2, 1));

        // 40 APDU bytes + 3 LLC bytes = 43 bytes in segments of 10, 10, 10, 10, 3.
        IReadOnlyList<HdlcFrame> first = link.Send(Wire.Pattern(40));
        AssertInformation(first, [(0, true, false), (1, true, true)]);
        Assert.Equal(HdlcClientLinkState.Sending, link.State);

        HdlcClientStep second = link.Receive(ReceiveReady(2));
        AssertInformation(second.Frames, [(2, true, false), (3, true, true)]);

        HdlcClientStep third = link.Receive(ReceiveReady(4));
        AssertInformation(third.Frames, [(4, false, true)]);
        Assert.Equal(HdlcClientLinkState.AwaitingResponse, link.State);

        byte[] sent = [.. first.Concat(second.Frames).Concat(third.Frames).SelectMany(frame => frame.Information.ToArray())];
        Assert.Equal([0xE6, 0xE6, 0x00, .. Wire.Pattern(40)], sent);
    }

    [Fact]
    public void FramesLeftUnconfirmedAreSentAgain()
    {
        HdlcClientLink link = Connected(new HdlcParameters(10, 10, 3, 1));
        link.Send(Wire.Pattern(40));

        // The meter confirms only the first of three frames: the window restarts at N(S) = 1.
        HdlcClientStep step = link.Receive(ReceiveReady(1));

        AssertInformation(step.Frames, [(1, true, false), (2, true, false), (3, true, true)]);
        Assert.Equal(2, link.Statistics.Retransmissions);
    }

    [Fact]
    public void SegmentedResponseIsPolledWithReceiveReady()
    {
        HdlcClientLink link = Connected(HdlcParameters.Default);
        link.Send([0xC0, 0x01]);

        HdlcClientStep first = link.Receive(Information(0, 1, true, segmented: true, [0xE6, 0xE7, 0x00, 0xC4]));
        HdlcClientStep last = link.Receive(Information(1, 1, true, segmented: false, [0x01, 0xC1]));

        HdlcFrame poll = Assert.Single(first.Frames);
        Assert.Equal(HdlcControl.ReceiveReady(1, true), poll.Control);
        Assert.Equal(HdlcClientEvent.ResponseReceived, last.Event);
        Assert.Equal(new byte[] { 0xC4, 0x01, 0xC1 }, last.Apdu.ToArray());
        Assert.Equal(HdlcClientLinkState.Idle, link.State);
    }

    [Fact]
    public void ResponseWindowIsAcknowledgedAtFinalBit()
    {
        HdlcClientLink link = Connected(new HdlcParameters(128, 128, 1, 3));
        link.Send([0xC0]);

        HdlcClientStep one = link.Receive(Information(0, 1, false, segmented: true, [0xE6, 0xE7, 0x00]));
        HdlcClientStep two = link.Receive(Information(1, 1, false, segmented: true, [0x01]));
        HdlcClientStep three = link.Receive(Information(2, 1, true, segmented: true, [0x02]));

        Assert.Empty(one.Frames);
        Assert.Equal(HdlcClientEvent.Progress, two.Event);
        Assert.Empty(two.Frames);
        Assert.Equal(HdlcControl.ReceiveReady(3, true), Assert.Single(three.Frames).Control);
    }

    [Fact]
    public void DuplicateInformationFrameIsIgnored()
    {
        HdlcClientLink link = Connected(HdlcParameters.Default);
        link.Send([0xC0]);
        link.Receive(Information(0, 1, true, segmented: true, [0xE6, 0xE7, 0x00]));

        HdlcClientStep duplicate = link.Receive(Information(0, 1, true, segmented: true, [0xE6, 0xE7, 0x00]));

        Assert.Equal(HdlcClientEvent.None, duplicate.Event);
        Assert.Equal(1, link.Statistics.FramesIgnored);
    }

    [Fact]
    public void ReceiveSequenceBeyondSentFramesFails()
    {
        HdlcClientLink link = Connected(HdlcParameters.Default);
        link.Send([0xC0]);

        HdlcClientStep step = link.Receive(Information(0, 3, true, segmented: false, [0xE6, 0xE7, 0x00, 0x01]));

        Assert.IsType<DlmsProtocolException>(step.Error);
    }

    [Fact]
    public void FrameRejectFailsTheLink()
    {
        HdlcClientLink link = Connected(HdlcParameters.Default);
        link.Send([0xC0]);

        HdlcClientStep step = link.Receive(new HdlcFrame(Client, Server, HdlcControl.FrameReject(), new byte[] { 0x10, 0x00, 0x01 }));

        DlmsTransportException error = Assert.IsType<DlmsTransportException>(step.Error);
        Assert.Contains("InvalidControl", error.Message, StringComparison.Ordinal);
        Assert.Equal(HdlcClientLinkState.Disconnected, link.State);
    }

    [Fact]
    public void TimeoutWhileAwaitingResponsePollsWithReceiveReady()
    {
        HdlcClientLink link = Connected(HdlcParameters.Default);
        link.Send([0xC0]);

        HdlcClientStep step = link.Timeout(TimeSpan.FromSeconds(1));

        Assert.Equal(HdlcControl.ReceiveReady(0, true), Assert.Single(step.Frames).Control);
        Assert.False(step.DiscardInput);
    }

    [Fact]
    public void InvalidFramesThenSilenceGiveProtocolError()
    {
        HdlcClientLink link = Connected(HdlcParameters.Default, maxRetries: 1);
        link.Send([0xC0]);

        link.ReceiveInvalid(HdlcFrameError.FrameChecksumMismatch);
        link.Timeout(TimeSpan.FromSeconds(1));
        link.ReceiveInvalid(HdlcFrameError.FrameChecksumMismatch);
        HdlcClientStep step = link.Timeout(TimeSpan.FromSeconds(1));

        DlmsProtocolException error = Assert.IsType<DlmsProtocolException>(step.Error);
        Assert.Contains("FCS", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, link.Statistics.FrameErrors);
    }

    [Fact]
    public void FrameForAnotherStationIsIgnored()
    {
        HdlcClientLink link = Create();
        link.Connect();

        HdlcClientStep step = link.Receive(new HdlcFrame(Client, HdlcAddress.Server(1, 18, 2), HdlcControl.UnnumberedAcknowledge()));

        Assert.Equal(HdlcClientEvent.None, step.Event);
        Assert.Equal(HdlcClientLinkState.Connecting, link.State);
        Assert.Equal(1, link.Statistics.FramesIgnored);
    }

    [Fact]
    public void ResponseWithoutLlcHeaderFails()
    {
        HdlcClientLink link = Connected(HdlcParameters.Default);
        link.Send([0xC0]);

        HdlcClientStep step = link.Receive(Information(0, 1, true, segmented: false, [0xC4, 0x01, 0xC1, 0x00]));

        Assert.IsType<DlmsProtocolException>(step.Error);
    }

    [Fact]
    public void DisconnectEndsOnUaOrAfterRetries()
    {
        HdlcClientLink answered = Connected(HdlcParameters.Default);
        HdlcFrame disc = Assert.Single(answered.Disconnect());
        HdlcClientStep ua = answered.Receive(new HdlcFrame(Client, Server, HdlcControl.UnnumberedAcknowledge()));

        HdlcClientLink silent = Connected(HdlcParameters.Default, maxRetries: 1);
        silent.Disconnect();
        silent.Timeout(TimeSpan.FromSeconds(1));
        HdlcClientStep gaveUp = silent.Timeout(TimeSpan.FromSeconds(1));

        Assert.Equal(HdlcFrameType.Disconnect, disc.Control.Type);
        Assert.Equal(HdlcClientEvent.Disconnected, ua.Event);
        Assert.Equal(HdlcClientEvent.Disconnected, gaveUp.Event);
        Assert.Null(gaveUp.Error);
        Assert.Equal(HdlcClientLinkState.Disconnected, silent.State);
    }

    [Fact]
    public void SendOnDisconnectedLinkIsMisuse()
    {
        HdlcClientLink link = Create();

        Assert.Throws<InvalidOperationException>(() => link.Send([0xC0]));
    }

    private static HdlcClientLink Create(HdlcParameters? proposal = null, int maxRetries = 3) =>
        new(new HdlcClientLinkOptions
        {
            ClientAddress = Client,
            ServerAddress = Server,
            Proposal = proposal ?? HdlcParameters.Default,
            MaxRetries = maxRetries,
        });

    // A link after SNRM and a UA whose values (meter's viewpoint) give the client exactly these parameters.
    private static HdlcClientLink Connected(HdlcParameters clientView, int maxRetries = 3)
    {
        HdlcClientLink link = Create(new HdlcParameters(2030, 2030, 7, 7), maxRetries);
        link.Connect();
        Assert.Equal(HdlcClientEvent.Connected, link.Receive(Ua(clientView.FromPeerViewpoint())).Event);
        Assert.Equal(clientView, link.Parameters);
        return link;
    }

    private static HdlcFrame Ua(HdlcParameters serverView) =>
        Wire.Carry(new HdlcFrame(Client, Server, HdlcControl.UnnumberedAcknowledge(), serverView.Encode()));

    private static HdlcFrame ReceiveReady(int receiveSequence) =>
        new(Client, Server, HdlcControl.ReceiveReady(receiveSequence, true));

    private static HdlcFrame Information(int sendSequence, int receiveSequence, bool final, bool segmented, byte[] information) =>
        new(Client, Server, HdlcControl.Information(sendSequence, receiveSequence, final), information, segmented);

    private static void AssertInformation(IReadOnlyList<HdlcFrame> frames, (int SendSequence, bool Segmented, bool Poll)[] expected)
    {
        Assert.Equal(expected.Length, frames.Count);
        for (int index = 0; index < expected.Length; index++)
        {
            Assert.Equal(HdlcFrameType.Information, frames[index].Control.Type);
            Assert.Equal(expected[index].SendSequence, frames[index].Control.SendSequence);
            Assert.Equal(expected[index].Segmented, frames[index].Segmented);
            Assert.Equal(expected[index].Poll, frames[index].Control.PollFinal);
        }
    }
}
