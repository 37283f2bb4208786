namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>
/// The one-byte control field of a modulo-8 HDLC frame (IEC 62056-46 Table 7). Bit 0 is the least significant:
/// an I frame is RRR P SSS 0, a supervisory frame RRR P/F TT 01, an unnumbered frame MMM P/F MM 11,
/// where SSS = N(S), RRR = N(R) and bit 4 is the poll/final bit.
/// </summary>
public readonly struct HdlcControl : IEquatable<HdlcControl>
{
    /// <summary>Number of distinct sequence numbers (modulo 8).</summary>
    public const int SequenceModulus = 8;

    private const byte PollFinalBit = 0x10;
    private const byte UnnumberedMask = 0xEF;
    private const byte SupervisoryMask = 0x0F;

    private const byte ReceiveReadyBits = 0x01;
    private const byte ReceiveNotReadyBits = 0x05;
    private const byte SetNormalResponseModeBits = 0x83;
    private const byte DisconnectBits = 0x43;
    private const byte UnnumberedAcknowledgeBits = 0x63;
    private const byte DisconnectedModeBits = 0x0F;
    private const byte FrameRejectBits = 0x87;
    private const byte UnnumberedInformationBits = 0x03;

    public HdlcControl(byte value)
    {
        Value = value;
    }

    /// <summary>The control byte as sent on the line.</summary>
    public byte Value { get; }

    /// <summary>The frame type; <see cref="HdlcFrameType.Unknown"/> for reserved codes (REJ, SREJ, XID and others).</summary>
    public HdlcFrameType Type => Classify(Value);

    /// <summary>The poll bit of a command or the final bit of a response.</summary>
    public bool PollFinal => (Value & PollFinalBit) != 0;

    /// <summary>N(S) of an I frame.</summary>
    public int SendSequence => (Value >> 1) & 0x07;

    /// <summary>N(R) of an I, RR or RNR frame: the next sequence number the sender expects.</summary>
    public int ReceiveSequence => (Value >> 5) & 0x07;

    /// <summary>True for frame types that carry N(R).</summary>
    public bool HasReceiveSequence => Type is HdlcFrameType.Information or HdlcFrameType.ReceiveReady or HdlcFrameType.ReceiveNotReady;

    /// <summary>True for frames only a primary station (client) sends: SNRM and DISC.</summary>
    public bool IsCommandOnly => Type is HdlcFrameType.SetNormalResponseMode or HdlcFrameType.Disconnect;

    public static HdlcControl Information(int sendSequence, int receiveSequence, bool pollFinal)
    {
        return new HdlcControl((byte)((Sequence(receiveSequence) << 5) | (Sequence(sendSequence) << 1) | PollBits(pollFinal)));
    }

    public static HdlcControl ReceiveReady(int receiveSequence, bool pollFinal)
    {
        return new HdlcControl((byte)((Sequence(receiveSequence) << 5) | PollBits(pollFinal) | ReceiveReadyBits));
    }

    public static HdlcControl ReceiveNotReady(int receiveSequence, bool pollFinal)
    {
        return new HdlcControl((byte)((Sequence(receiveSequence) << 5) | PollBits(pollFinal) | ReceiveNotReadyBits));
    }

    public static HdlcControl SetNormalResponseMode(bool poll = true) => Unnumbered(SetNormalResponseModeBits, poll);

    public static HdlcControl Disconnect(bool poll = true) => Unnumbered(DisconnectBits, poll);

    public static HdlcControl UnnumberedAcknowledge(bool final = true) => Unnumbered(UnnumberedAcknowledgeBits, final);

    public static HdlcControl DisconnectedMode(bool final = true) => Unnumbered(DisconnectedModeBits, final);

    public static HdlcControl FrameReject(bool final = true) => Unnumbered(FrameRejectBits, final);

    public static HdlcControl UnnumberedInformation(bool pollFinal) => Unnumbered(UnnumberedInformationBits, pollFinal);

    public bool Equals(HdlcControl other) => Value == other.Value;

    public override bool Equals(object? obj) => obj is HdlcControl other && Equals(other);

    public override int GetHashCode() => Value;

    public static bool operator ==(HdlcControl left, HdlcControl right) => left.Equals(right);

    public static bool operator !=(HdlcControl left, HdlcControl right) => !left.Equals(right);

    /// <summary>Formats the control field as a log line shows it, for example "I N(S)=1 N(R)=2 P/F".</summary>
    public override string ToString()
    {
        string pollFinal = PollFinal ? " P/F" : string.Empty;
        return Type switch
        {
            HdlcFrameType.Information => $"I N(S)={SendSequence} N(R)={ReceiveSequence}{pollFinal}",
            HdlcFrameType.ReceiveReady => $"RR N(R)={ReceiveSequence}{pollFinal}",
            HdlcFrameType.ReceiveNotReady => $"RNR N(R)={ReceiveSequence}{pollFinal}",
            HdlcFrameType.SetNormalResponseMode => $"SNRM{pollFinal}",
            HdlcFrameType.Disconnect => $"DISC{pollFinal}",
            HdlcFrameType.UnnumberedAcknowledge => $"UA{pollFinal}",
            HdlcFrameType.DisconnectedMode => $"DM{pollFinal}",
            HdlcFrameType.FrameReject => $"FRMR{pollFinal}",
            HdlcFrameType.UnnumberedInformation => $"UI{pollFinal}",
            _ => $"unknown control 0x{Value:X2}",
        };
    }

    private static HdlcFrameType Classify(byte value)
    {
        if ((value & 0x01) == 0)
        {
            return HdlcFrameType.Information;
        }

        if ((value & 0x03) == 0x01)
        {
            return (value & SupervisoryMask) switch
            {
                ReceiveReadyBits => HdlcFrameType.ReceiveReady,
                ReceiveNotReadyBits => HdlcFrameType.ReceiveNotReady,
                _ => HdlcFrameType.Unknown,
            };
        }

        return (value & UnnumberedMask) switch
        {
            SetNormalResponseModeBits => HdlcFrameType.SetNormalResponseMode,
            DisconnectBits => HdlcFrameType.Disconnect,
            UnnumberedAcknowledgeBits => HdlcFrameType.UnnumberedAcknowledge,
            DisconnectedModeBits => HdlcFrameType.DisconnectedMode,
            FrameRejectBits => HdlcFrameType.FrameReject,
            UnnumberedInformationBits => HdlcFrameType.UnnumberedInformation,
            _ => HdlcFrameType.Unknown,
        };
    }

    private static HdlcControl Unnumbered(byte bits, bool pollFinal) => new((byte)(bits | PollBits(pollFinal)));

    private static int PollBits(bool pollFinal) => pollFinal ? PollFinalBit : 0;

    private static int Sequence(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(value, SequenceModulus);
        return value;
    }
}
