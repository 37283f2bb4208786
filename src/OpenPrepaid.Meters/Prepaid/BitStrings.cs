namespace OpenPrepaid.Meters.Prepaid;

/// <summary>
/// Conversions between flags numbered by bit (flag = 1 &lt;&lt; n) and the content bytes of an A-XDR
/// bit-string, in which bit 0 is the most significant bit of the first byte.
/// </summary>
public static class BitStrings
{
    public static byte[] ToMsbFirst(ulong flags, int bitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bitCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bitCount, 64);

        var bytes = new byte[(bitCount + 7) / 8];
        for (var bit = 0; bit < bitCount; bit++)
        {
            if ((flags & (1UL << bit)) != 0)
            {
                bytes[bit / 8] |= (byte)(0x80 >> (bit % 8));
            }
        }

        return bytes;
    }

    /// <summary>Reads the first <paramref name="bitCount"/> bits; bits past the content are zero.</summary>
    public static ulong FromMsbFirst(ReadOnlySpan<byte> content, int bitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bitCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bitCount, 64);

        ulong flags = 0;
        for (var bit = 0; bit < bitCount && bit / 8 < content.Length; bit++)
        {
            if ((content[bit / 8] & (0x80 >> (bit % 8))) != 0)
            {
                flags |= 1UL << bit;
            }
        }

        return flags;
    }
}
