using System.Buffers.Binary;

namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>
/// The HDLC parameters negotiated by SNRM and UA (IEC 62056-46 6.4.4.4.3.2), each from the viewpoint of the
/// station that sends them: "transmit" is what that station sends, "receive" what it accepts. The information
/// field is <c>81 80 LL</c> followed by TLV parameters <c>PI PL value</c>; an absent field or parameter takes
/// the default (128 bytes, window 1).
/// </summary>
public sealed record HdlcParameters(
    int MaxInformationFieldLengthTransmit,
    int MaxInformationFieldLengthReceive,
    int WindowSizeTransmit,
    int WindowSizeReceive)
{
    public const int DefaultMaxInformationFieldLength = 128;
    public const int DefaultWindowSize = 1;

    /// <summary>Largest window with 3-bit sequence numbers.</summary>
    public const int MaxWindowSize = 7;

    private const byte FormatIdentifier = 0x81;
    private const byte GroupIdentifier = 0x80;
    private const byte MaxInformationFieldLengthTransmitId = 0x05;
    private const byte MaxInformationFieldLengthReceiveId = 0x06;
    private const byte WindowSizeTransmitId = 0x07;
    private const byte WindowSizeReceiveId = 0x08;
    private const int GroupHeaderSize = 3;

    /// <summary>The values that apply when the SNRM or UA carries no parameters.</summary>
    public static HdlcParameters Default { get; } = new(DefaultMaxInformationFieldLength, DefaultMaxInformationFieldLength, DefaultWindowSize, DefaultWindowSize);

    /// <summary>The same limits as the peer states them: transmit and receive swapped.</summary>
    public HdlcParameters FromPeerViewpoint() =>
        new(MaxInformationFieldLengthReceive, MaxInformationFieldLengthTransmit, WindowSizeReceive, WindowSizeTransmit);

    /// <summary>
    /// Computes the values a server answers in its UA: for each parameter the smaller of what the client
    /// proposed (from the client's viewpoint) and this station's own capability. The result is from this
    /// station's viewpoint, ready to encode into the UA.
    /// </summary>
    public HdlcParameters Negotiate(HdlcParameters proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return new HdlcParameters(
            Math.Min(MaxInformationFieldLengthTransmit, proposal.MaxInformationFieldLengthReceive),
            Math.Min(MaxInformationFieldLengthReceive, proposal.MaxInformationFieldLengthTransmit),
            Math.Min(WindowSizeTransmit, proposal.WindowSizeReceive),
            Math.Min(WindowSizeReceive, proposal.WindowSizeTransmit));
    }

    /// <summary>True when every value is usable on a link: lengths of at least 1 byte, windows of 1 to 7.</summary>
    public bool IsUsable =>
        MaxInformationFieldLengthTransmit >= 1 && MaxInformationFieldLengthReceive >= 1
        && WindowSizeTransmit is >= 1 and <= MaxWindowSize && WindowSizeReceive is >= 1 and <= MaxWindowSize;

    /// <summary>
    /// Encodes the parameter field. Lengths take the shortest of 1, 2 or 4 bytes; windows take 4 bytes, as in
    /// the standard's example <c>81 80 12 05 01 80 06 01 80 07 04 00 00 00 01 08 04 00 00 00 01</c>.
    /// </summary>
    public byte[] Encode()
    {
        if (MaxInformationFieldLengthTransmit < 0 || MaxInformationFieldLengthReceive < 0 || WindowSizeTransmit < 0 || WindowSizeReceive < 0)
        {
            throw new InvalidOperationException($"HDLC parameters cannot be negative: {this}.");
        }

        int groupLength = ParameterSize(MaxInformationFieldLengthTransmit) + ParameterSize(MaxInformationFieldLengthReceive) + (2 * (2 + 4));
        var buffer = new byte[GroupHeaderSize + groupLength];
        buffer[0] = FormatIdentifier;
        buffer[1] = GroupIdentifier;
        buffer[2] = (byte)groupLength;

        int offset = GroupHeaderSize;
        offset += WriteParameter(buffer.AsSpan(offset), MaxInformationFieldLengthTransmitId, MaxInformationFieldLengthTransmit, ValueSize(MaxInformationFieldLengthTransmit));
        offset += WriteParameter(buffer.AsSpan(offset), MaxInformationFieldLengthReceiveId, MaxInformationFieldLengthReceive, ValueSize(MaxInformationFieldLengthReceive));
        offset += WriteParameter(buffer.AsSpan(offset), WindowSizeTransmitId, WindowSizeTransmit, 4);
        WriteParameter(buffer.AsSpan(offset), WindowSizeReceiveId, WindowSizeReceive, 4);
        return buffer;
    }

    /// <summary>
    /// Decodes the information field of an SNRM or UA. An empty field gives <see cref="Default"/>. Values may be
    /// 1 to 4 bytes long. Throws <see cref="DlmsProtocolException"/> for a wrong format or group identifier, a
    /// group length that does not match, an unknown parameter or a value that does not fit.
    /// </summary>
    public static HdlcParameters Decode(ReadOnlySpan<byte> information)
    {
        if (information.IsEmpty)
        {
            return Default;
        }

        if (information.Length < GroupHeaderSize)
        {
            throw new DlmsProtocolException($"The HDLC parameter field is {information.Length} bytes long; it needs at least 3 (81 80 LL).", 0);
        }

        if (information[0] != FormatIdentifier || information[1] != GroupIdentifier)
        {
            throw new DlmsProtocolException($"The HDLC parameter field starts {information[0]:X2} {information[1]:X2}; expected 81 80.", 0);
        }

        int groupLength = information[2];
        if (groupLength != information.Length - GroupHeaderSize)
        {
            throw new DlmsProtocolException($"The HDLC parameter group length is {groupLength} but {information.Length - GroupHeaderSize} bytes follow.", 2);
        }

        int transmitLength = DefaultMaxInformationFieldLength;
        int receiveLength = DefaultMaxInformationFieldLength;
        int transmitWindow = DefaultWindowSize;
        int receiveWindow = DefaultWindowSize;
        int offset = GroupHeaderSize;
        while (offset < information.Length)
        {
            int value = ReadParameter(information, offset, out byte identifier, out int size);
            switch (identifier)
            {
                case MaxInformationFieldLengthTransmitId:
                    transmitLength = value;
                    break;
                case MaxInformationFieldLengthReceiveId:
                    receiveLength = value;
                    break;
                case WindowSizeTransmitId:
                    transmitWindow = value;
                    break;
                case WindowSizeReceiveId:
                    receiveWindow = value;
                    break;
                default:
                    throw new DlmsProtocolException($"Unknown HDLC parameter identifier 0x{identifier:X2}.", offset);
            }

            offset += size;
        }

        return new HdlcParameters(transmitLength, receiveLength, transmitWindow, receiveWindow);
    }

    private static int ReadParameter(ReadOnlySpan<byte> information, int offset, out byte identifier, out int size)
    {
        if (offset + 2 > information.Length)
        {
            throw new DlmsProtocolException("An HDLC parameter is cut short after its identifier.", offset);
        }

        identifier = information[offset];
        int valueLength = information[offset + 1];
        if (valueLength is < 1 or > 4)
        {
            throw new DlmsProtocolException($"HDLC parameter 0x{identifier:X2} has a value length of {valueLength}; expected 1 to 4 bytes.", offset + 1);
        }

        if (offset + 2 + valueLength > information.Length)
        {
            throw new DlmsProtocolException($"HDLC parameter 0x{identifier:X2} needs {valueLength} value bytes but the field ends first.", offset + 2);
        }

        uint value = 0;
        foreach (byte part in information.Slice(offset + 2, valueLength))
        {
            value = (value << 8) | part;
        }

        if (value > int.MaxValue)
        {
            throw new DlmsProtocolException($"HDLC parameter 0x{identifier:X2} has the value {value}, which is too large.", offset + 2);
        }

        size = 2 + valueLength;
        return (int)value;
    }

    private static int ValueSize(int value) => value <= byte.MaxValue ? 1 : value <= ushort.MaxValue ? 2 : 4;

    private static int ParameterSize(int value) => 2 + ValueSize(value);

    private static int WriteParameter(Span<byte> destination, byte identifier, int value, int valueSize)
    {
        destination[0] = identifier;
        destination[1] = (byte)valueSize;
        switch (valueSize)
        {
            case 1:
                destination[2] = (byte)value;
                break;
            case 2:
                BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)value);
                break;
            default:
                BinaryPrimitives.WriteUInt32BigEndian(destination[2..], (uint)value);
                break;
        }

        return 2 + valueSize;
    }
}
