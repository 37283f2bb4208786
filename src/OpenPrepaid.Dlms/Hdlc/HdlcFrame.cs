namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>
/// One HDLC frame of frame format type 3 as IEC 62056-46 defines it:
/// <c>7E | format(2) | destination(1/2/4) | source(1/2/4) | control(1) | HCS(2) | information(n) | FCS(2) | 7E</c>.
/// The HCS is present only when the information field is not empty.
/// </summary>
public sealed class HdlcFrame
{
    public HdlcFrame(HdlcAddress destination, HdlcAddress source, HdlcControl control, ReadOnlyMemory<byte> information = default, bool segmented = false)
    {
        if (destination.Size == 0 || source.Size == 0)
        {
            throw new ArgumentException("Both addresses must be created with HdlcAddress.Client or HdlcAddress.Server.");
        }

        Destination = destination;
        Source = source;
        Control = control;
        Information = information;
        Segmented = segmented;
    }

    public HdlcAddress Destination { get; }

    public HdlcAddress Source { get; }

    public HdlcControl Control { get; }

    /// <summary>The information field (empty when the frame has none).</summary>
    public ReadOnlyMemory<byte> Information { get; }

    /// <summary>The S bit of the format field: more segments of the same MSDU follow this frame.</summary>
    public bool Segmented { get; }

    /// <summary>Number of bytes between the flags: the value of the 11-bit length field.</summary>
    public int Length => HeaderLength + (Information.IsEmpty ? 0 : HdlcCrc.Size + Information.Length) + HdlcCrc.Size;

    /// <summary>Bytes from the format field through the control field (what the HCS covers).</summary>
    internal int HeaderLength => HdlcFrameEncoder.FormatSize + Destination.Size + Source.Size + 1;

    public override string ToString()
    {
        string segmented = Segmented ? " S" : string.Empty;
        return $"{Control} {Source}->{Destination} info={Information.Length}{segmented}";
    }
}
