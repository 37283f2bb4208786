namespace OpenPrepaid.Dlms.Hdlc;

public sealed partial class HdlcClientLink
{
    /// <summary>Handles one valid frame from the line.</summary>
    public HdlcClientStep Receive(HdlcFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (IsEcho(frame))
        {
            Statistics.EchoesDropped++;
            Log.EchoDropped(logger, Name, frame.Control.ToString());
            return HdlcClientStep.Ignored;
        }

        if (!SameStation(frame.Destination, options.ClientAddress) || !SameStation(frame.Source, options.ServerAddress))
        {
            Statistics.FramesIgnored++;
            Log.FrameForOtherStation(logger, Name, frame.ToString());
            return HdlcClientStep.Ignored;
        }

        Statistics.FramesReceived++;
        return frame.Control.Type switch
        {
            HdlcFrameType.UnnumberedAcknowledge => OnUnnumberedAcknowledge(frame),
            HdlcFrameType.DisconnectedMode => OnDisconnectedMode(),
            HdlcFrameType.FrameReject => OnFrameReject(frame),
            HdlcFrameType.Information => OnInformation(frame),
            HdlcFrameType.ReceiveReady or HdlcFrameType.ReceiveNotReady => OnSupervisory(frame),
            _ => Unexpected(frame),
        };
    }

    // A frame going from this client to the meter can only be the client's own transmission read back. When the
    // two addresses encode alike (client 16 and a 1-byte server 16) the direction is ambiguous, so the frame must
    // also repeat one just sent.
    private bool IsEcho(HdlcFrame frame)
    {
        if (!options.DropEchoedFrames || frame.Source != options.ClientAddress || frame.Destination != options.ServerAddress)
        {
            return false;
        }

        if (options.ClientAddress != options.ServerAddress)
        {
            return true;
        }

        return lastSent.Exists(sent => sent.Control == frame.Control && sent.Information.Span.SequenceEqual(frame.Information.Span));
    }

    // Meters respond with the address values they were called with, but not always in the same field size.
    private static bool SameStation(HdlcAddress received, HdlcAddress expected) =>
        received.Upper == expected.Upper && received.Lower == expected.Lower;

    private HdlcClientStep OnUnnumberedAcknowledge(HdlcFrame frame)
    {
        if (State == HdlcClientLinkState.Disconnecting)
        {
            State = HdlcClientLinkState.Disconnected;
            return HdlcClientStep.Of(HdlcClientEvent.Disconnected);
        }

        if (State != HdlcClientLinkState.Connecting)
        {
            return Unexpected(frame);
        }

        HdlcParameters server;
        try
        {
            server = HdlcParameters.Decode(frame.Information.Span);
        }
        catch (DlmsProtocolException exception)
        {
            return Fail(new DlmsProtocolException($"HDLC link {Name}: the UA parameters are invalid: {exception.Message}", innerException: exception));
        }

        // The UA states the meter's limits from its own viewpoint. The client takes the smaller of those and its
        // proposal, so a meter that returns more than was proposed cannot push the client beyond its own limits.
        HdlcParameters proposal = options.Proposal;
        int maxFitting = HdlcFrameEncoder.MaxFrameLength
            - (HdlcFrameEncoder.FormatSize + options.ServerAddress.Size + options.ClientAddress.Size + 1 + (2 * HdlcCrc.Size));
        var negotiated = new HdlcParameters(
            Math.Min(Math.Min(proposal.MaxInformationFieldLengthTransmit, server.MaxInformationFieldLengthReceive), maxFitting),
            Math.Min(proposal.MaxInformationFieldLengthReceive, server.MaxInformationFieldLengthTransmit),
            Math.Min(proposal.WindowSizeTransmit, server.WindowSizeReceive),
            Math.Min(proposal.WindowSizeReceive, server.WindowSizeTransmit));
        if (!negotiated.IsUsable)
        {
            return Fail(new DlmsProtocolException($"HDLC link {Name}: the UA parameters cannot be used ({server})."));
        }

        Parameters = negotiated;
        State = HdlcClientLinkState.Idle;
        retries = 0;
        receiveState = 0;
        sendQueue.Reset();
        Log.Connected(logger, Name, negotiated.MaxInformationFieldLengthTransmit, negotiated.MaxInformationFieldLengthReceive, negotiated.WindowSizeTransmit, negotiated.WindowSizeReceive);
        return HdlcClientStep.Of(HdlcClientEvent.Connected);
    }

    private HdlcClientStep OnDisconnectedMode()
    {
        switch (State)
        {
            case HdlcClientLinkState.Disconnecting:
                State = HdlcClientLinkState.Disconnected;
                return HdlcClientStep.Of(HdlcClientEvent.Disconnected);
            case HdlcClientLinkState.Connecting:
                return Fail(new DlmsTransportException($"HDLC link {Name}: the meter responded to SNRM with DM (it cannot enter normal response mode); check the server address."));
            case HdlcClientLinkState.Disconnected:
                return HdlcClientStep.Ignored;
            default:
                return Fail(new DlmsTransportException($"HDLC link {Name}: the meter responded with DM, so the link is disconnected; open it again."));
        }
    }

    private HdlcClientStep OnFrameReject(HdlcFrame frame)
    {
        if (State == HdlcClientLinkState.Disconnecting)
        {
            State = HdlcClientLinkState.Disconnected;
            return HdlcClientStep.Of(HdlcClientEvent.Disconnected);
        }

        ReadOnlySpan<byte> information = frame.Information.Span;
        string reason = information.Length >= 3 ? $" (reason flags 0x{information[2]:X2}: {(HdlcFrameRejectReason)information[2]})" : string.Empty;
        return Fail(new DlmsTransportException($"HDLC link {Name}: the meter rejected a frame with FRMR{reason}; the link must be set up again."));
    }

    private HdlcClientStep OnInformation(HdlcFrame frame)
    {
        if (State is not (HdlcClientLinkState.Sending or HdlcClientLinkState.AwaitingResponse))
        {
            return Unexpected(frame);
        }

        HdlcControl control = frame.Control;
        if (control.SendSequence != receiveState)
        {
            // A repeat of a frame already taken, or one after a lost frame; the meter's next turn sends it again.
            Statistics.FramesIgnored++;
            Log.OutOfSequence(logger, Name, control.SendSequence, receiveState);
            return HdlcClientStep.Ignored;
        }

        if (!sendQueue.Acknowledge(control.ReceiveSequence))
        {
            return Fail(new DlmsProtocolException($"HDLC link {Name}: the meter's N(R)={control.ReceiveSequence} confirms frames that were never sent (V(S)={sendQueue.SendState})."));
        }

        if (sendQueue.HasUnsent)
        {
            return Fail(new DlmsProtocolException($"HDLC link {Name}: the meter sent information before the request was complete."));
        }

        if (!reassembly.Append(frame.Information.Span))
        {
            return Fail(new DlmsProtocolException($"HDLC link {Name}: the response exceeds {options.MaxReceiveSize} bytes."));
        }

        receiveState = (receiveState + 1) % HdlcControl.SequenceModulus;
        retries = 0;
        lastFrameError = HdlcFrameError.None;
        State = HdlcClientLinkState.AwaitingResponse;

        if (frame.Segmented)
        {
            // The meter ends each window with the final bit; the client then acknowledges and polls for more.
            return control.PollFinal ? HdlcClientStep.Progress(Remember([BuildReceiveReady()])) : HdlcClientStep.Progress();
        }

        return CompleteResponse();
    }

    private HdlcClientStep CompleteResponse()
    {
        byte[] msdu = reassembly.Take();
        if (!HdlcLlc.IsResponse(msdu))
        {
            return Fail(new DlmsProtocolException($"HDLC link {Name}: the response does not start with the LLC header E6 E7 00.", 0));
        }

        sendQueue.Abandon();
        State = HdlcClientLinkState.Idle;
        return HdlcClientStep.Response(msdu.AsMemory(HdlcLlc.Size));
    }

    private HdlcClientStep OnSupervisory(HdlcFrame frame)
    {
        if (State is not (HdlcClientLinkState.Sending or HdlcClientLinkState.AwaitingResponse))
        {
            return Unexpected(frame);
        }

        HdlcControl control = frame.Control;
        if (!sendQueue.Acknowledge(control.ReceiveSequence))
        {
            return Fail(new DlmsProtocolException($"HDLC link {Name}: the meter's N(R)={control.ReceiveSequence} confirms frames that were never sent (V(S)={sendQueue.SendState})."));
        }

        if (control.Type == HdlcFrameType.ReceiveNotReady || !reassembly.IsEmpty)
        {
            // A busy meter, or an RR in the middle of a segmented response: wait, and poll when the timer expires.
            return HdlcClientStep.Ignored;
        }

        int lost = sendQueue.Rewind();
        if (sendQueue.HasUnsent)
        {
            if (lost > 0)
            {
                Statistics.Retransmissions += lost;
                Log.ResendingFrames(logger, Name, lost, control.ReceiveSequence);
            }

            retries = 0;
            return HdlcClientStep.Progress(Remember(TakeWindow()));
        }

        // Every segment of the request is confirmed but no response has started, so the meter is still working.
        // Keep waiting until the timer expires and polls again.
        State = HdlcClientLinkState.AwaitingResponse;
        return HdlcClientStep.Ignored;
    }

    private HdlcClientStep Unexpected(HdlcFrame frame)
    {
        Statistics.FramesIgnored++;
        Log.UnexpectedFrame(logger, Name, frame.Control.ToString(), State);
        return HdlcClientStep.Ignored;
    }

    private HdlcClientStep Fail(DlmsException error)
    {
        State = HdlcClientLinkState.Disconnected;
        reassembly.Clear();
        sendQueue.Reset();
        return HdlcClientStep.Failure(error);
    }
}
