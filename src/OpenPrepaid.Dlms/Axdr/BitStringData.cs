namespace OpenPrepaid.Dlms.Axdr;

/// <summary>
/// A-XDR bit-string: the number of bits, then ceil(bits / 8) bytes with bit 0 in the most significant bit of
/// the first byte. Unused trailing bits are kept as they arrived.
/// </summary>
public sealed record BitStringData : DlmsData
{
    public BitStringData(byte[] bytes, int bitCount)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentOutOfRangeException.ThrowIfNegative(bitCount);

        // In long so that a count near int.MaxValue does not wrap when rounded up to whole bytes.
        var byteCount = ((long)bitCount + 7) / 8;
        if (bytes.Length != byteCount)
        {
            throw new ArgumentException($"A bit-string of {bitCount} bits needs {byteCount} bytes, got {bytes.Length}", nameof(bytes));
        }

        Bytes = bytes;
        BitCount = bitCount;
    }

    public byte[] Bytes { get; }

    public int BitCount { get; }

    public override DlmsDataType Type => DlmsDataType.BitString;

    /// <summary>Builds a bit-string from flags, element 0 becoming bit 0 (the most significant bit of byte 0).</summary>
    public static BitStringData FromBits(IReadOnlyList<bool> bits)
    {
        var bytes = new byte[(bits.Count + 7) / 8];
        for (var i = 0; i < bits.Count; i++)
        {
            if (bits[i])
            {
                bytes[i / 8] |= (byte)(0x80 >> (i % 8));
            }
        }

        return new BitStringData(bytes, bits.Count);
    }

    /// <summary>Returns bit <paramref name="index"/>, counting from the most significant bit of the first byte.</summary>
    public bool this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, BitCount);
            return (Bytes[index / 8] & (0x80 >> (index % 8))) != 0;
        }
    }

    public bool Equals(BitStringData? other) =>
        other is not null && BitCount == other.BitCount && Bytes.AsSpan().SequenceEqual(other.Bytes);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(BitCount);
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }
}
