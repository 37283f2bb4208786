namespace OpenPrepaid.Dlms.Tests.Transport;

/// <summary>Hex strings as the standards and logs print them, with or without spaces.</summary>
internal static class Hex
{
    public static byte[] Parse(string text) => Convert.FromHexString(text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Trim());

    public static string Format(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);
}
