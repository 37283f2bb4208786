namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>Counters of one link's frame traffic and recoveries, for diagnostics and tests.</summary>
public sealed class HdlcLinkStatistics
{
    /// <summary>Valid frames addressed to this station.</summary>
    public long FramesReceived { get; internal set; }

    /// <summary>Frames handed to the line.</summary>
    public long FramesSent { get; internal set; }

    /// <summary>Frames dropped because the checksum, format or length was wrong.</summary>
    public long FrameErrors { get; internal set; }

    /// <summary>Commands repeated after a response timeout, and I frames sent again after the peer's N(R).</summary>
    public long Retransmissions { get; internal set; }

    /// <summary>This station's own frames read back from the line (adapter echo).</summary>
    public long EchoesDropped { get; internal set; }

    /// <summary>Valid frames for other stations, out-of-sequence duplicates and frames not expected in the state.</summary>
    public long FramesIgnored { get; internal set; }
}
