namespace OpenPrepaid.Meters.Tokens;

/// <summary>Packs numeric tokens into the bytes of an octet-string, in the <see cref="TokenDigitPacking"/> that the meter type uses.</summary>
public static class TokenDigits
{
    public static byte[] Pack(string digits, TokenDigitPacking packing)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"A numeric token has only the digits 0-9; got '{digits}'.", nameof(digits));
        }

        return packing switch
        {
            TokenDigitPacking.Bcd => PackBcd(digits),
            TokenDigitPacking.AsciiDigits => [.. digits.Select(digit => (byte)digit)],
            _ => throw new ArgumentOutOfRangeException(nameof(packing), packing, "Unknown digit packing."),
        };
    }

    private static byte[] PackBcd(string digits)
    {
        if (digits.Length % 2 != 0)
        {
            throw new ArgumentException($"BCD packing needs an even number of digits; '{digits}' has {digits.Length}.", nameof(digits));
        }

        var bytes = new byte[digits.Length / 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(((digits[2 * i] - '0') << 4) | (digits[(2 * i) + 1] - '0'));
        }

        return bytes;
    }
}
