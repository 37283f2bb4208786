using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>
/// The client (primary station) side of an IEC 62056-46 HDLC link in normal response mode, free of I/O: it
/// takes commands, received frames and timeouts and returns the frames to send and what happened. The I/O
/// layer owns the line and the response timer; <see cref="HdlcClientEvent.Progress"/> and any frames to
/// send restart the timer, <see cref="HdlcClientEvent.None"/> leaves it running.
/// </summary>
public sealed partial class HdlcClientLink
{
    private readonly HdlcClientLinkOptions options;
    private readonly ILogger logger;
    private readonly HdlcSendQueue sendQueue = new();
    private readonly HdlcReassembly reassembly;
    private readonly List<HdlcFrame> lastSent = [];
    private int receiveState;
    private int retries;
    private HdlcFrameError lastFrameError;

    public HdlcClientLink(HdlcClientLinkOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ClientAddress.Size != 1)
        {
            throw new ArgumentException("An HDLC client address is 1 byte long.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries, nameof(options));
        this.options = options;
        this.logger = logger ?? NullLogger.Instance;
        reassembly = new HdlcReassembly(options.MaxReceiveSize);
        Name = $"{options.ClientAddress}->{options.ServerAddress}";
    }

    /// <summary>The link as log events name it: client address, then server address.</summary>
    public string Name { get; }

    public HdlcClientLinkState State { get; private set; }

    /// <summary>The parameters in force, from the client's viewpoint (defaults until UA arrives).</summary>
    public HdlcParameters Parameters { get; private set; } = HdlcParameters.Default;

    public HdlcLinkStatistics Statistics { get; } = new();

    /// <summary>Starts link setup: returns the SNRM to send. Buffered input is stale from here on.</summary>
    public IReadOnlyList<HdlcFrame> Connect()
    {
        State = HdlcClientLinkState.Connecting;
        retries = 0;
        lastFrameError = HdlcFrameError.None;
        sendQueue.Reset();
        reassembly.Clear();
        receiveState = 0;
        return Remember([BuildSnrm()]);
    }

    /// <summary>
    /// Starts sending one APDU: returns the first window of I frames. The state becomes
    /// <see cref="HdlcClientLinkState.AwaitingResponse"/> once the final segment is among the frames returned,
    /// else <see cref="HdlcClientLinkState.Sending"/>.
    /// </summary>
    public IReadOnlyList<HdlcFrame> Send(ReadOnlySpan<byte> apdu)
    {
        if (State != HdlcClientLinkState.Idle)
        {
            throw new InvalidOperationException($"An APDU can be sent only on an idle connected link; link {Name} is {State}.");
        }

        retries = 0;
        lastFrameError = HdlcFrameError.None;
        reassembly.Clear();
        sendQueue.Load(HdlcSendQueue.Segment(HdlcLlc.Command, apdu, Parameters.MaxInformationFieldLengthTransmit));
        return Remember(TakeWindow());
    }

    /// <summary>Starts a clean close: returns the DISC to send, or nothing when the link is not connected.</summary>
    public IReadOnlyList<HdlcFrame> Disconnect()
    {
        if (State is HdlcClientLinkState.Disconnected or HdlcClientLinkState.Connecting)
        {
            State = HdlcClientLinkState.Disconnected;
            return [];
        }

        State = HdlcClientLinkState.Disconnecting;
        retries = 0;
        return Remember([new HdlcFrame(options.ServerAddress, options.ClientAddress, HdlcControl.Disconnect())]);
    }

    /// <summary>Forgets the link after the line failed: the state becomes disconnected and nothing is sent.</summary>
    public void Abort()
    {
        State = HdlcClientLinkState.Disconnected;
        sendQueue.Reset();
        reassembly.Clear();
    }

    /// <summary>Records a frame the decoder rejected; recovery waits for the response timeout.</summary>
    public HdlcClientStep ReceiveInvalid(HdlcFrameError error)
    {
        Statistics.FrameErrors++;
        lastFrameError = error;
        Log.FrameRejected(logger, Name, HdlcDecodeResult.Describe(error));
        return HdlcClientStep.Ignored;
    }

    /// <summary>
    /// Handles the expiry of the response timer: repeats the last command (SNRM, DISC, or RR after I frames to
    /// learn the meter's N(R)) until <see cref="HdlcClientLinkOptions.MaxRetries"/> is used up.
    /// </summary>
    /// <param name="waited">The response timeout that expired, reported in the exception.</param>
    public HdlcClientStep Timeout(TimeSpan waited)
    {
        if (State is HdlcClientLinkState.Disconnected or HdlcClientLinkState.Idle)
        {
            return HdlcClientStep.Ignored;
        }

        if (retries >= options.MaxRetries)
        {
            return GiveUp(waited);
        }

        retries++;
        Statistics.Retransmissions++;
        Log.Retrying(logger, Name, State, retries, options.MaxRetries);
        return State switch
        {
            HdlcClientLinkState.Connecting => HdlcClientStep.Resend(Remember([BuildSnrm()]), discardInput: true),
            HdlcClientLinkState.Disconnecting => HdlcClientStep.Resend(Remember([new HdlcFrame(options.ServerAddress, options.ClientAddress, HdlcControl.Disconnect())]), discardInput: false),
            _ => HdlcClientStep.Resend(Remember([BuildReceiveReady()]), discardInput: false),
        };
    }

    private HdlcClientStep GiveUp(TimeSpan waited)
    {
        HdlcClientLinkState state = State;
        State = HdlcClientLinkState.Disconnected;
        if (state == HdlcClientLinkState.Disconnecting)
        {
            Log.DisconnectUnanswered(logger, Name, retries + 1);
            return HdlcClientStep.Of(HdlcClientEvent.Disconnected);
        }

        int attempts = retries + 1;
        if (lastFrameError != HdlcFrameError.None)
        {
            return HdlcClientStep.Failure(new DlmsProtocolException(
                $"HDLC link {Name}: no valid response after {attempts} attempts; the last frame received was invalid ({HdlcDecodeResult.Describe(lastFrameError)}). Check the line for noise or a wrong baud rate."));
        }

        string command = state == HdlcClientLinkState.Connecting ? "SNRM" : "the request";
        return HdlcClientStep.Failure(new DlmsTimeoutException(
            $"HDLC link {Name}: no response to {command} within {waited.TotalMilliseconds:0} ms, {attempts} attempts. Check the meter's addresses and the line.", waited));
    }

    private List<HdlcFrame> TakeWindow()
    {
        List<HdlcFrame> frames = sendQueue.TakeWindow(
            Parameters.WindowSizeTransmit,
            (sendSequence, information, segmented, poll) => new HdlcFrame(
                options.ServerAddress,
                options.ClientAddress,
                HdlcControl.Information(sendSequence, receiveState, poll),
                information,
                segmented));
        State = sendQueue.FinalSegmentSent ? HdlcClientLinkState.AwaitingResponse : HdlcClientLinkState.Sending;
        return frames;
    }

    private HdlcFrame BuildSnrm()
    {
        ReadOnlyMemory<byte> information = options.Proposal == HdlcParameters.Default ? default : options.Proposal.Encode();
        return new HdlcFrame(options.ServerAddress, options.ClientAddress, HdlcControl.SetNormalResponseMode(), information);
    }

    private HdlcFrame BuildReceiveReady() =>
        new(options.ServerAddress, options.ClientAddress, HdlcControl.ReceiveReady(receiveState, pollFinal: true));

    private List<HdlcFrame> Remember(List<HdlcFrame> frames)
    {
        lastSent.Clear();
        lastSent.AddRange(frames);
        Statistics.FramesSent += frames.Count;
        return frames;
    }
}
