using System.Buffers;

namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>
/// An HDLC address with the extended addressing of IEC 62056-46: each byte carries 7 address bits in bits 7..1
/// and bit 0 is set only in the last byte of the field. A client address is always 1 byte. A server address is
/// 1 byte (upper HDLC address only), 2 bytes (upper and lower, 7 bits each) or 4 bytes (upper and lower,
/// 14 bits each). The upper address selects the logical device, the lower one the physical device on a bus.
/// </summary>
public readonly struct HdlcAddress : IEquatable<HdlcAddress>
{
    /// <summary>Largest value of a 7-bit address part (1- and 2-byte forms).</summary>
    public const int MaxSevenBitValue = 0x7F;

    /// <summary>Largest value of a 14-bit address part (4-byte form).</summary>
    public const int MaxFourteenBitValue = 0x3FFF;

    /// <summary>Longest address field in bytes.</summary>
    public const int MaxSize = 4;

    private const byte LastByteBit = 0x01;

    private HdlcAddress(int upper, int? lower, int size)
    {
        Upper = upper;
        Lower = lower;
        Size = size;
    }

    /// <summary>Upper HDLC address (logical device), or the whole address of a client.</summary>
    public int Upper { get; }

    /// <summary>Lower HDLC address (physical device); null in the 1-byte form.</summary>
    public int? Lower { get; }

    /// <summary>Length of the encoded field in bytes: 1, 2 or 4 (0 for the default value).</summary>
    public int Size { get; }

    /// <summary>Creates a 1-byte client address (client SAP, 0..127).</summary>
    public static HdlcAddress Client(int address)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(address);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(address, MaxSevenBitValue);
        return new HdlcAddress(address, null, 1);
    }

    /// <summary>Creates a 1-byte server address that carries only the upper HDLC address (0..127).</summary>
    public static HdlcAddress Server(int upper)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(upper);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(upper, MaxSevenBitValue);
        return new HdlcAddress(upper, null, 1);
    }

    /// <summary>
    /// Creates a server address with upper and lower parts: <paramref name="size"/> 2 takes 7-bit parts,
    /// 4 takes 14-bit parts.
    /// </summary>
    public static HdlcAddress Server(int upper, int lower, int size)
    {
        if (size is not (2 or 4))
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "A server address with a lower part is 2 or 4 bytes long.");
        }

        int max = size == 2 ? MaxSevenBitValue : MaxFourteenBitValue;
        ArgumentOutOfRangeException.ThrowIfNegative(upper);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(upper, max);
        ArgumentOutOfRangeException.ThrowIfNegative(lower);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lower, max);
        return new HdlcAddress(upper, lower, size);
    }

    /// <summary>Writes the address field; <paramref name="destination"/> must hold <see cref="Size"/> bytes.</summary>
    public void Write(Span<byte> destination)
    {
        if (Size == 0)
        {
            throw new InvalidOperationException("The default HdlcAddress has no encoding; create one with Client or Server.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, Size, nameof(destination));
        switch (Size)
        {
            case 1:
                destination[0] = (byte)((Upper << 1) | LastByteBit);
                break;
            case 2:
                destination[0] = (byte)(Upper << 1);
                destination[1] = (byte)((Lower!.Value << 1) | LastByteBit);
                break;
            default:
                destination[0] = (byte)(((Upper >> 7) & 0x7F) << 1);
                destination[1] = (byte)((Upper & 0x7F) << 1);
                destination[2] = (byte)(((Lower!.Value >> 7) & 0x7F) << 1);
                destination[3] = (byte)(((Lower.Value & 0x7F) << 1) | LastByteBit);
                break;
        }
    }

    /// <summary>
    /// Reads an address field from the start of <paramref name="source"/>. Returns NeedMoreData when the field's
    /// last byte has not arrived yet, and InvalidData when the field is 3 bytes or longer than 4.
    /// </summary>
    public static OperationStatus TryRead(ReadOnlySpan<byte> source, out HdlcAddress address, out int size)
    {
        address = default;
        size = 0;
        int available = Math.Min(source.Length, MaxSize);
        int end = -1;
        for (int index = 0; index < available; index++)
        {
            if ((source[index] & LastByteBit) != 0)
            {
                end = index;
                break;
            }
        }

        if (end < 0)
        {
            return source.Length >= MaxSize ? OperationStatus.InvalidData : OperationStatus.NeedMoreData;
        }

        size = end + 1;
        switch (size)
        {
            case 1:
                address = new HdlcAddress(source[0] >> 1, null, 1);
                return OperationStatus.Done;
            case 2:
                address = new HdlcAddress(source[0] >> 1, source[1] >> 1, 2);
                return OperationStatus.Done;
            case 4:
                int upper = ((source[0] >> 1) << 7) | (source[1] >> 1);
                int lower = ((source[2] >> 1) << 7) | (source[3] >> 1);
                address = new HdlcAddress(upper, lower, 4);
                return OperationStatus.Done;
            default:
                return OperationStatus.InvalidData;
        }
    }

    public bool Equals(HdlcAddress other) => Upper == other.Upper && Lower == other.Lower && Size == other.Size;

    public override bool Equals(object? obj) => obj is HdlcAddress other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Upper, Lower, Size);

    public static bool operator ==(HdlcAddress left, HdlcAddress right) => left.Equals(right);

    public static bool operator !=(HdlcAddress left, HdlcAddress right) => !left.Equals(right);

    /// <summary>Formats the address as "upper" or "upper/lower", the way meter configuration tools show it.</summary>
    public override string ToString() => Lower is null ? $"{Upper}" : $"{Upper}/{Lower}";
}
