using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>
/// The server (secondary station) side of one IEC 62056-46 HDLC link between one client address and one
/// server address, free of I/O. It responds to SNRM with UA and the negotiated parameters (DM when the
/// parameters cannot be accepted) and reassembles segmented requests. It segments responses to the negotiated
/// information length and window, responds to RR polls (sending again what the client's N(R) left
/// unconfirmed) and to DISC, and rejects invalid frames with FRMR.
/// </summary>
public sealed partial class HdlcServerLink
{
    private readonly HdlcAddress serverAddress;
    private readonly HdlcAddress clientAddress;
    private readonly HdlcServerLinkOptions options;
    private readonly ILogger logger;
    private readonly HdlcSendQueue sendQueue = new();
    private readonly HdlcReassembly reassembly;
    private readonly int maxFittingInformationLength;
    private int receiveState;
    private byte[] frameRejectInformation = [];

    public HdlcServerLink(HdlcAddress serverAddress, HdlcAddress clientAddress, HdlcServerLinkOptions? options = null, ILogger? logger = null)
    {
        if (clientAddress.Size != 1)
        {
            throw new ArgumentException("An HDLC client address is 1 byte long.", nameof(clientAddress));
        }

        if (serverAddress.Size == 0)
        {
            throw new ArgumentException("The server address must be created with HdlcAddress.Server.", nameof(serverAddress));
        }

        this.serverAddress = serverAddress;
        this.clientAddress = clientAddress;
        this.options = options ?? new HdlcServerLinkOptions();
        this.logger = logger ?? NullLogger.Instance;
        reassembly = new HdlcReassembly(this.options.MaxReceiveSize);
        maxFittingInformationLength = HdlcFrameEncoder.MaxFrameLength
            - (HdlcFrameEncoder.FormatSize + serverAddress.Size + clientAddress.Size + 1 + (2 * HdlcCrc.Size));
        Name = $"{clientAddress}->{serverAddress}";
    }

    /// <summary>The link as log events name it: client address, then server address.</summary>
    public string Name { get; }

    public HdlcServerLinkState State { get; private set; }

    /// <summary>The negotiated parameters from this station's viewpoint (defaults until SNRM).</summary>
    public HdlcParameters Parameters { get; private set; } = HdlcParameters.Default;

    /// <summary>True from <see cref="HdlcServerEvent.RequestReceived"/> until <see cref="Respond"/> or <see cref="DropRequest"/>.</summary>
    public bool RequestPending { get; private set; }

    public HdlcLinkStatistics Statistics { get; } = new();

    /// <summary>Handles one frame addressed to this link (the host filters by address).</summary>
    public HdlcServerStep Receive(HdlcFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        Statistics.FramesReceived++;
        HdlcControl control = frame.Control;
        switch (control.Type)
        {
            case HdlcFrameType.SetNormalResponseMode:
                return OnSetNormalResponseMode(frame);
            case HdlcFrameType.Disconnect:
                return OnDisconnect();
            case HdlcFrameType.UnnumberedInformation:
                return HdlcServerStep.Nothing;
        }

        if (State == HdlcServerLinkState.Disconnected)
        {
            // In disconnected mode a secondary station responds with DM to any command that carries the poll bit.
            return control.PollFinal ? Reply(HdlcServerEvent.None, HdlcControl.DisconnectedMode()) : HdlcServerStep.Nothing;
        }

        if (State == HdlcServerLinkState.FrameRejected)
        {
            return control.PollFinal ? Reply(HdlcServerEvent.None, HdlcControl.FrameReject(), frameRejectInformation) : HdlcServerStep.Nothing;
        }

        return control.Type switch
        {
            HdlcFrameType.Information => OnInformation(frame),
            HdlcFrameType.ReceiveReady or HdlcFrameType.ReceiveNotReady => OnSupervisory(frame),
            _ => Reject(frame, HdlcFrameRejectReason.InvalidControl),
        };
    }

    /// <summary>Segments the response to the pending request and returns the first window of I frames.</summary>
    public IReadOnlyList<HdlcFrame> Respond(ReadOnlySpan<byte> apdu)
    {
        if (!RequestPending)
        {
            throw new InvalidOperationException($"HDLC link {Name} has no request waiting for a response.");
        }

        RequestPending = false;
        sendQueue.Load(HdlcSendQueue.Segment(HdlcLlc.Response, apdu, Parameters.MaxInformationFieldLengthTransmit));
        return TakeWindow();
    }

    /// <summary>Leaves the pending request unanswered; later polls get RR, as from a meter that lost the request.</summary>
    public void DropRequest()
    {
        RequestPending = false;
    }

    private HdlcServerStep OnSetNormalResponseMode(HdlcFrame frame)
    {
        HdlcParameters proposal;
        try
        {
            proposal = HdlcParameters.Decode(frame.Information.Span);
        }
        catch (DlmsProtocolException exception)
        {
            Log.SnrmRejected(logger, Name, exception.Message);
            return Close(HdlcControl.DisconnectedMode());
        }

        if (!proposal.IsUsable)
        {
            Log.SnrmRejected(logger, Name, $"unusable parameters {proposal}");
            return Close(HdlcControl.DisconnectedMode());
        }

        HdlcParameters negotiated = options.Capability.Negotiate(proposal);
        Parameters = negotiated with
        {
            MaxInformationFieldLengthTransmit = Math.Min(negotiated.MaxInformationFieldLengthTransmit, maxFittingInformationLength),
            MaxInformationFieldLengthReceive = Math.Min(negotiated.MaxInformationFieldLengthReceive, maxFittingInformationLength),
        };
        State = HdlcServerLinkState.Connected;
        receiveState = 0;
        RequestPending = false;
        sendQueue.Reset();
        reassembly.Clear();
        return Reply(HdlcServerEvent.Connected, HdlcControl.UnnumberedAcknowledge(), Parameters.Encode());
    }

    private HdlcServerStep OnDisconnect()
    {
        if (State == HdlcServerLinkState.Disconnected)
        {
            return Reply(HdlcServerEvent.None, HdlcControl.DisconnectedMode());
        }

        return Close(HdlcControl.UnnumberedAcknowledge());
    }

    private HdlcServerStep OnInformation(HdlcFrame frame)
    {
        HdlcControl control = frame.Control;
        if (frame.Information.Length > Parameters.MaxInformationFieldLengthReceive)
        {
            return Reject(frame, HdlcFrameRejectReason.InformationTooLong);
        }

        if (!sendQueue.Acknowledge(control.ReceiveSequence))
        {
            return Reject(frame, HdlcFrameRejectReason.InvalidReceiveSequence);
        }

        if (control.SendSequence != receiveState)
        {
            Statistics.FramesIgnored++;
            Log.OutOfSequence(logger, Name, control.SendSequence, receiveState);
            return control.PollFinal ? ReceiveReady() : HdlcServerStep.Nothing;
        }

        receiveState = (receiveState + 1) % HdlcControl.SequenceModulus;

        // A new request means the client is done with the previous response, whatever of it is left.
        sendQueue.Abandon();
        if (!reassembly.Append(frame.Information.Span))
        {
            reassembly.Clear();
            return Reject(frame, HdlcFrameRejectReason.InformationTooLong);
        }

        if (frame.Segmented)
        {
            return control.PollFinal ? ReceiveReady() : HdlcServerStep.Nothing;
        }

        byte[] msdu = reassembly.Take();
        if (!HdlcLlc.IsCommand(msdu))
        {
            // The LLC sublayer discards an MSDU without the DLMS LSAPs; the client's timer recovers.
            Statistics.FramesIgnored++;
            Log.MissingLlcHeader(logger, Name);
            return ReceiveReady();
        }

        RequestPending = true;
        return new HdlcServerStep(HdlcServerEvent.RequestReceived, [], msdu.AsMemory(HdlcLlc.Size));
    }

    private HdlcServerStep OnSupervisory(HdlcFrame frame)
    {
        HdlcControl control = frame.Control;
        if (!sendQueue.Acknowledge(control.ReceiveSequence))
        {
            return Reject(frame, HdlcFrameRejectReason.InvalidReceiveSequence);
        }

        if (!control.PollFinal)
        {
            return HdlcServerStep.Nothing;
        }

        int lost = sendQueue.Rewind();
        if (control.Type == HdlcFrameType.ReceiveReady && sendQueue.HasUnsent)
        {
            if (lost > 0)
            {
                Statistics.Retransmissions += lost;
                Log.ResendingFrames(logger, Name, lost, control.ReceiveSequence);
            }

            return new HdlcServerStep(HdlcServerEvent.None, TakeWindow());
        }

        return ReceiveReady();
    }

    private List<HdlcFrame> TakeWindow()
    {
        List<HdlcFrame> frames = sendQueue.TakeWindow(
            Parameters.WindowSizeTransmit,
            (sendSequence, information, segmented, final) => new HdlcFrame(
                clientAddress,
                serverAddress,
                HdlcControl.Information(sendSequence, receiveState, final),
                information,
                segmented));
        Statistics.FramesSent += frames.Count;
        return frames;
    }

    private HdlcServerStep ReceiveReady() => Reply(HdlcServerEvent.None, HdlcControl.ReceiveReady(receiveState, pollFinal: true));

    private HdlcServerStep Close(HdlcControl response)
    {
        bool wasOpen = State != HdlcServerLinkState.Disconnected;
        State = HdlcServerLinkState.Disconnected;
        RequestPending = false;
        sendQueue.Reset();
        reassembly.Clear();
        return Reply(wasOpen ? HdlcServerEvent.Disconnected : HdlcServerEvent.None, response);
    }

    // FRMR information field: the rejected control byte, then V(S) in bits 3..1 and V(R) in bits 7..5, then the
    // reason flags W X Y Z in bits 0..3.
    // NOTE: this byte layout is the modulo-8 HDLC one; no public DLMS source confirms it, and clients read only the frame type.
    private HdlcServerStep Reject(HdlcFrame frame, HdlcFrameRejectReason reason)
    {
        Log.FrameRejectSent(logger, Name, frame.Control.ToString(), reason);
        frameRejectInformation =
        [
            frame.Control.Value,
            (byte)((receiveState << 5) | (sendQueue.SendState << 1)),
            (byte)reason,
        ];
        State = HdlcServerLinkState.FrameRejected;
        RequestPending = false;
        reassembly.Clear();
        return Reply(HdlcServerEvent.None, HdlcControl.FrameReject(), frameRejectInformation);
    }

    private HdlcServerStep Reply(HdlcServerEvent @event, HdlcControl control, ReadOnlyMemory<byte> information = default)
    {
        Statistics.FramesSent++;
        return new HdlcServerStep(@event, [new HdlcFrame(clientAddress, serverAddress, control, information)]);
    }
}
