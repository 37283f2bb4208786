using System.Globalization;

namespace OpenPrepaid.Dlms.Tests.Support;

/// <summary>Converts between byte arrays and hex text written as the standards print it ("7E A0 07", "7EA007").</summary>
public static class Hex
{
    /// <summary>
    /// Parses hex digits, ignoring spaces, tabs and line breaks, so a vector can be copied from a document as
    /// it is printed. Throws <see cref="FormatException"/> on an odd digit count or a character that is not a hex digit.
    /// </summary>
    public static byte[] Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var digits = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (digits.Length % 2 != 0)
        {
            throw new FormatException($"Hex text has an odd number of digits ({digits.Length}): '{text}'");
        }

        var bytes = new byte[digits.Length / 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            if (!byte.TryParse(digits.AsSpan(i * 2, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out bytes[i]))
            {
                throw new FormatException($"'{digits.Substring(i * 2, 2)}' at digit {i * 2} is not a hex byte");
            }
        }

        return bytes;
    }

    /// <summary>Formats bytes as upper-case hex pairs separated by spaces, the form test failures are easiest to compare in.</summary>
    public static string Format(ReadOnlySpan<byte> bytes) =>
        string.Join(' ', Convert.ToHexString(bytes).Chunk(2).Select(pair => new string(pair)));
}
