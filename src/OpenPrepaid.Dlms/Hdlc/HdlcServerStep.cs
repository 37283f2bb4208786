namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>The outcome of one received frame at an <see cref="HdlcServerLink"/>.</summary>
public sealed class HdlcServerStep
{
    internal HdlcServerStep(HdlcServerEvent @event, IReadOnlyList<HdlcFrame> frames, ReadOnlyMemory<byte> request = default)
    {
        Event = @event;
        Frames = frames;
        Request = request;
    }

    public HdlcServerEvent Event { get; }

    /// <summary>Frames to transmit now, in order (the last one carries the final bit).</summary>
    public IReadOnlyList<HdlcFrame> Frames { get; }

    /// <summary>The request APDU (LLC header removed) when <see cref="Event"/> is RequestReceived.</summary>
    public ReadOnlyMemory<byte> Request { get; }

    internal static HdlcServerStep Nothing { get; } = new(HdlcServerEvent.None, []);
}
