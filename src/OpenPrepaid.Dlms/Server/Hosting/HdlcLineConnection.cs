using Microsoft.Extensions.Logging;
using OpenPrepaid.Dlms.Hdlc;
using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Dlms.Server.Hosting;

/// <summary>
/// One connection to an <see cref="HdlcLineHost"/>: decodes frames from the byte stream, routes each one to the
/// link of the station and client it is addressed to, hands complete requests to the station's session and
/// writes the replies with the line's pacing and the station's injected faults. Invalid frames are skipped up
/// to the next flag.
/// </summary>
internal sealed class HdlcLineConnection
{
    private const string HostName = "HDLC line";
    private const int LoggedFrameErrors = 20;

    private readonly Stream stream;
    private readonly IReadOnlyDictionary<int, IDlmsServerEndpoint> stations;
    private readonly HdlcLineHostOptions options;
    private readonly ILogger logger;
    private readonly int connection;
    private readonly LinePacer pacer;
    private readonly Dictionary<(HdlcAddress Client, HdlcAddress Server), Station> links = [];
    private readonly ReceiveBuffer buffer = new();
    private long frameErrors;

    public HdlcLineConnection(Stream stream, IReadOnlyDictionary<int, IDlmsServerEndpoint> stations, HdlcLineHostOptions options, ILogger logger, int connection)
    {
        this.stream = stream;
        this.stations = stations;
        this.options = options;
        this.logger = logger;
        this.connection = connection;
        pacer = new LinePacer(options.BaudRate, options.TurnaroundDelay, options.TimeProvider);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var chunk = new byte[4096];
        try
        {
            while (true)
            {
                HdlcDecodeResult result = HdlcFrameDecoder.Decode(buffer.Span);
                if (result.Status == FrameDecodeStatus.NeedMoreData)
                {
                    int count = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
                    if (count == 0)
                    {
                        return;
                    }

                    pacer.Received(count);
                    buffer.Append(chunk.AsSpan(0, count));
                    continue;
                }

                buffer.Consume(result.Consumed);
                if (result.Status == FrameDecodeStatus.Invalid)
                {
                    CountFrameError(result.Error);
                    continue;
                }

                if (!await HandleFrameAsync(result.Frame!, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        finally
        {
            foreach (Station station in links.Values)
            {
                station.Session?.Dispose();
            }

            if (frameErrors > 0)
            {
                HostingLog.HdlcFrameErrorTotal(logger, connection, frameErrors);
            }
        }
    }

    // Returns false when an injected fault closes the connection.
    private async Task<bool> HandleFrameAsync(HdlcFrame frame, CancellationToken cancellationToken)
    {
        // A client address is always 1 byte, and NO_STATION (0x00) or ALL_STATION (0x7F) is never a valid
        // source. A station discards such frames, as it does frames for other stations.
        if (frame.Source.Size != 1 || frame.Source.Upper is 0x00 or HdlcAddress.MaxSevenBitValue
            || !TryFindStation(frame.Destination, out IDlmsServerEndpoint? endpoint))
        {
            HostingLog.HdlcFrameNotForUs(logger, connection, frame.ToString());
            return true;
        }

        HostingLog.HdlcFrameReceived(logger, connection, frame.ToString());
        Station station = GetStation(frame);
        ExchangeFault fault = ExchangeFault.None;
        if (frame.Control.Type == HdlcFrameType.SetNormalResponseMode)
        {
            fault = NextFault(endpoint, ExchangeKind.LinkSetup);
            switch (fault.Kind)
            {
                case ExchangeFaultKind.NoAnswer:
                    return true;
                case ExchangeFaultKind.CloseBeforeApply:
                    return false;
            }
        }

        HdlcServerStep step = station.Link.Receive(frame);
        IReadOnlyList<HdlcFrame> reply = step.Frames;
        switch (step.Event)
        {
            case HdlcServerEvent.Connected:
                station.Session?.Dispose();
                station.Session = endpoint.OpenSession((ushort)frame.Source.Upper, (ushort)frame.Destination.Upper);
                break;
            case HdlcServerEvent.Disconnected:
                station.Session?.Dispose();
                station.Session = null;
                links.Remove((frame.Source, frame.Destination));
                break;
            case HdlcServerEvent.RequestReceived:
                fault = NextFault(endpoint, ExchangeKind.Apdu);
                switch (fault.Kind)
                {
                    case ExchangeFaultKind.NoAnswer:
                        station.Link.DropRequest();
                        return true;
                    case ExchangeFaultKind.CloseBeforeApply:
                        return false;
                }

                // A reply may take several windows, so the pause waits for the frame that ends it.
                station.PauseBeforeFinalFrame = fault.Kind == ExchangeFaultKind.PauseBeforeFinalFrame ? fault.Delay : null;
                ReadOnlyMemory<byte> response = station.Session!.Process(step.Request.Span);
                reply = station.Link.Respond(response.Span);
                break;
        }

        if (fault.Kind == ExchangeFaultKind.CloseAfterApply)
        {
            return false;
        }

        if (reply.Count > 0)
        {
            await SendAsync(station, reply, fault, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private async Task SendAsync(Station station, IReadOnlyList<HdlcFrame> frames, ExchangeFault fault, CancellationToken cancellationToken)
    {
        int final = station.PauseBeforeFinalFrame is null ? -1 : IndexOfFinalFrame(frames);
        if (final < 0)
        {
            // A window without the final frame goes out at once; the pause waits for the window that ends the reply.
            var windowFault = fault.Kind == ExchangeFaultKind.PauseBeforeFinalFrame ? ExchangeFault.None : fault;
            await WriteFramesAsync(frames, windowFault, waitForTurn: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        ExchangeFault pause = new(ExchangeFaultKind.PauseBeforeFinalFrame, station.PauseBeforeFinalFrame!.Value);
        station.PauseBeforeFinalFrame = null;
        if (final > 0)
        {
            await WriteFramesAsync([.. frames.Take(final)], ExchangeFault.None, waitForTurn: true, cancellationToken).ConfigureAwait(false);
        }

        await WriteFramesAsync([.. frames.Skip(final)], pause, waitForTurn: final == 0, cancellationToken).ConfigureAwait(false);
    }

    // The final frame of a reply is the I frame without the segmentation bit.
    private static int IndexOfFinalFrame(IReadOnlyList<HdlcFrame> frames)
    {
        for (int index = 0; index < frames.Count; index++)
        {
            if (frames[index].Control.Type == HdlcFrameType.Information && !frames[index].Segmented)
            {
                return index;
            }
        }

        return -1;
    }

    private async Task WriteFramesAsync(IReadOnlyList<HdlcFrame> frames, ExchangeFault fault, bool waitForTurn, CancellationToken cancellationToken)
    {
        foreach (HdlcFrame frame in frames)
        {
            HostingLog.HdlcFrameSent(logger, connection, frame.ToString());
        }

        // Meters may let consecutive frames of a window share one flag; doing so here keeps clients honest.
        byte[] bytes = HdlcFrameEncoder.Encode(frames, shareFlags: true);
        if (fault.Kind == ExchangeFaultKind.CorruptAnswer)
        {
            // The first frame's FCS ends just before its closing flag, at offset Length (the flag is at Length + 1).
            bytes[frames[0].Length] ^= 0xFF;
        }

        if (waitForTurn)
        {
            await pacer.WaitForTurnAsync(cancellationToken).ConfigureAwait(false);
        }

        await ReplyWriter.WriteAsync(stream, bytes, fault, pacer, options.TimeProvider, cancellationToken).ConfigureAwait(false);
    }

    private bool TryFindStation(HdlcAddress destination, out IDlmsServerEndpoint endpoint)
    {
        if (destination.Lower is int lower)
        {
            return stations.TryGetValue(lower, out endpoint!);
        }

        if (stations.Count == 1)
        {
            endpoint = stations.Values.First();
            return true;
        }

        endpoint = null!;
        return false;
    }

    // Only SNRM creates a link that is kept. Other frames for a station without a link go to a disconnected
    // link that is not stored, so it responds as the standard requires (DM) without frames from any address
    // filling the table.
    private Station GetStation(HdlcFrame frame)
    {
        (HdlcAddress Client, HdlcAddress Server) key = (frame.Source, frame.Destination);
        if (links.TryGetValue(key, out Station? station))
        {
            return station;
        }

        station = new Station(new HdlcServerLink(frame.Destination, frame.Source, options.Link, logger));
        if (frame.Control.Type == HdlcFrameType.SetNormalResponseMode)
        {
            links[key] = station;
        }

        return station;
    }

    private ExchangeFault NextFault(IDlmsServerEndpoint endpoint, ExchangeKind kind)
    {
        ExchangeFault fault = endpoint.NextFault(kind);
        if (fault.Kind != ExchangeFaultKind.None)
        {
            HostingLog.FaultInjected(logger, HostName, connection, fault.Kind, kind);
        }

        return fault;
    }

    private void CountFrameError(HdlcFrameError error)
    {
        frameErrors++;
        if (frameErrors <= LoggedFrameErrors)
        {
            HostingLog.HdlcFrameInvalid(logger, connection, error.ToString(), frameErrors);
        }
        else if (frameErrors == LoggedFrameErrors + 1)
        {
            HostingLog.HdlcFrameErrorsSuppressed(logger, connection, frameErrors);
        }
    }

    private sealed class Station(HdlcServerLink link)
    {
        public HdlcServerLink Link { get; } = link;

        public IDlmsApduSession? Session { get; set; }

        /// <summary>Pause before the final frame of the reply being sent, from an injected fault.</summary>
        public TimeSpan? PauseBeforeFinalFrame { get; set; }
    }
}
