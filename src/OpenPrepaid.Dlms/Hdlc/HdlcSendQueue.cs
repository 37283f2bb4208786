namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>
/// The segments of one MSDU that a station is sending, with go-back-N bookkeeping. Segments before
/// <c>acknowledged</c> were confirmed by the peer's N(R); segments from there to <c>next</c> are outstanding.
/// In normal response mode the peer responds to every poll, so whatever its N(R) leaves unconfirmed at the end
/// of a turn was lost and is sent again from that point.
/// </summary>
internal sealed class HdlcSendQueue
{
    private readonly List<ReadOnlyMemory<byte>> segments = [];
    private int acknowledged;
    private int next;
    private int acknowledgedSequence;

    /// <summary>V(S): the N(S) of the next new frame.</summary>
    public int SendState => (acknowledgedSequence + (next - acknowledged)) % HdlcControl.SequenceModulus;

    /// <summary>True when every loaded segment has been sent and acknowledged.</summary>
    public bool IsDone => acknowledged == segments.Count;

    /// <summary>True when some segments were never sent (or were rewound).</summary>
    public bool HasUnsent => next < segments.Count;

    /// <summary>Frames sent and not yet acknowledged.</summary>
    public int Outstanding => next - acknowledged;

    /// <summary>Clears everything and sets V(S) to 0, as SNRM does.</summary>
    public void Reset()
    {
        segments.Clear();
        acknowledged = 0;
        next = 0;
        acknowledgedSequence = 0;
    }

    /// <summary>Drops what is left of the current MSDU and keeps V(S).</summary>
    public void Abandon()
    {
        acknowledgedSequence = SendState;
        segments.Clear();
        acknowledged = 0;
        next = 0;
    }

    /// <summary>Loads the segments of a new MSDU, dropping what was left of the previous one.</summary>
    public void Load(IReadOnlyList<ReadOnlyMemory<byte>> msduSegments)
    {
        Abandon();
        segments.AddRange(msduSegments);
    }

    /// <summary>Returns true when <paramref name="receiveSequence"/> confirms nothing or only outstanding frames.</summary>
    public bool IsValidAcknowledgement(int receiveSequence)
    {
        int confirmed = Modulo(receiveSequence - acknowledgedSequence);
        return confirmed <= Outstanding;
    }

    /// <summary>Confirms the frames before N(R); returns false (and changes nothing) when N(R) is invalid.</summary>
    public bool Acknowledge(int receiveSequence)
    {
        if (!IsValidAcknowledgement(receiveSequence))
        {
            return false;
        }

        acknowledged += Modulo(receiveSequence - acknowledgedSequence);
        acknowledgedSequence = receiveSequence;
        return true;
    }

    /// <summary>Marks every outstanding frame as lost, so the next window starts again at the first unconfirmed one.</summary>
    public int Rewind()
    {
        int resent = Outstanding;
        next = acknowledged;
        return resent;
    }

    /// <summary>
    /// Builds the next window: up to <paramref name="windowSize"/> outstanding frames in total, the poll/final
    /// bit on the last one. Returns an empty list when nothing is left to send.
    /// </summary>
    public List<HdlcFrame> TakeWindow(int windowSize, Func<int, ReadOnlyMemory<byte>, bool, bool, HdlcFrame> build)
    {
        var frames = new List<HdlcFrame>();
        int end = Math.Min(segments.Count, acknowledged + windowSize);
        while (next < end)
        {
            int sendSequence = SendState;
            bool moreSegments = next < segments.Count - 1;
            bool lastOfTurn = next == end - 1;
            frames.Add(build(sendSequence, segments[next], moreSegments, lastOfTurn));
            next++;
        }

        return frames;
    }

    /// <summary>True when the window last taken contained the final segment.</summary>
    public bool FinalSegmentSent => segments.Count > 0 && next == segments.Count;

    /// <summary>Splits an MSDU (LLC header and APDU) into information fields of at most <paramref name="maxLength"/> bytes.</summary>
    public static List<ReadOnlyMemory<byte>> Segment(ReadOnlySpan<byte> llcHeader, ReadOnlySpan<byte> apdu, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var msdu = new byte[llcHeader.Length + apdu.Length];
        llcHeader.CopyTo(msdu);
        apdu.CopyTo(msdu.AsSpan(llcHeader.Length));

        var result = new List<ReadOnlyMemory<byte>>();
        for (int offset = 0; offset < msdu.Length; offset += maxLength)
        {
            result.Add(msdu.AsMemory(offset, Math.Min(maxLength, msdu.Length - offset)));
        }

        return result;
    }

    private static int Modulo(int value) => ((value % HdlcControl.SequenceModulus) + HdlcControl.SequenceModulus) % HdlcControl.SequenceModulus;
}
