namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>The outcome of one input to an <see cref="HdlcClientLink"/>: frames to send and what happened.</summary>
public sealed class HdlcClientStep
{
    private HdlcClientStep(HdlcClientEvent @event, IReadOnlyList<HdlcFrame> frames, ReadOnlyMemory<byte> apdu, DlmsException? error, bool discardInput)
    {
        Event = @event;
        Frames = frames;
        Apdu = apdu;
        Error = error;
        DiscardInput = discardInput;
    }

    public HdlcClientEvent Event { get; }

    /// <summary>Frames to transmit now, in order.</summary>
    public IReadOnlyList<HdlcFrame> Frames { get; }

    /// <summary>The response APDU (LLC header removed) when <see cref="Event"/> is ResponseReceived.</summary>
    public ReadOnlyMemory<byte> Apdu { get; }

    /// <summary>Why the link failed when <see cref="Event"/> is Failed.</summary>
    public DlmsException? Error { get; }

    /// <summary>True when buffered input is stale and must be dropped before <see cref="Frames"/> are sent (a new SNRM).</summary>
    public bool DiscardInput { get; }

    internal static HdlcClientStep Ignored { get; } = new(HdlcClientEvent.None, [], default, null, false);

    internal static HdlcClientStep Progress(IReadOnlyList<HdlcFrame>? frames = null) =>
        new(HdlcClientEvent.Progress, frames ?? [], default, null, false);

    internal static HdlcClientStep Resend(IReadOnlyList<HdlcFrame> frames, bool discardInput) =>
        new(HdlcClientEvent.Progress, frames, default, null, discardInput);

    internal static HdlcClientStep Of(HdlcClientEvent @event) => new(@event, [], default, null, false);

    internal static HdlcClientStep Response(ReadOnlyMemory<byte> apdu) => new(HdlcClientEvent.ResponseReceived, [], apdu, null, false);

    internal static HdlcClientStep Failure(DlmsException error) => new(HdlcClientEvent.Failed, [], default, error, false);
}
