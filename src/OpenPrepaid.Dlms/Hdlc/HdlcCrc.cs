using System.Buffers.Binary;

namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>
/// CRC-16/X.25 (the PPP FCS-16) used for the HDLC header check sequence (HCS) and frame check sequence (FCS):
/// polynomial x^16 + x^12 + x^5 + 1 processed bit-reversed (0x8408), initial value 0xFFFF, final complement.
/// IEC 62056-46 sends the complemented result low byte first.
/// </summary>
public static class HdlcCrc
{
    /// <summary>Size of an HCS or FCS in bytes.</summary>
    public const int Size = 2;

    private const ushort ReversedPolynomial = 0x8408;
    private const ushort InitialValue = 0xFFFF;

    private static readonly ushort[] Table = BuildTable();

    /// <summary>Computes the check sequence of <paramref name="data"/> (after the final complement).</summary>
    public static ushort Compute(ReadOnlySpan<byte> data)
    {
        ushort crc = InitialValue;
        foreach (byte value in data)
        {
            crc = (ushort)((crc >> 8) ^ Table[(crc ^ value) & 0xFF]);
        }

        return (ushort)~crc;
    }

    /// <summary>Computes the check sequence of <paramref name="data"/> and writes it low byte first.</summary>
    public static void Write(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(destination, Compute(data));
    }

    /// <summary>Returns true when the two bytes of <paramref name="checksum"/> (low byte first) match <paramref name="data"/>.</summary>
    public static bool Matches(ReadOnlySpan<byte> data, ReadOnlySpan<byte> checksum)
    {
        return BinaryPrimitives.ReadUInt16LittleEndian(checksum) == Compute(data);
    }

    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (int index = 0; index < table.Length; index++)
        {
            ushort value = (ushort)index;
            for (int bit = 0; bit < 8; bit++)
            {
                value = (value & 1) != 0 ? (ushort)((value >> 1) ^ ReversedPolynomial) : (ushort)(value >> 1);
            }

            table[index] = value;
        }

        return table;
    }
}
