namespace OpenPrepaid.Meters.Models;

/// <summary>Names of the ways a meter model takes top-ups, as the <c>tokenFormat</c> field of a model file gives them.</summary>
public static class TokenFormats
{
    /// <summary>The binary token of this project (version byte, serial, sequence, amount, time, HMAC-SHA256).</summary>
    public const string BinaryHmacV1 = "binary-hmac-v1";

    /// <summary>No tokens: top-ups go through the Credit object's update_amount method.</summary>
    public const string None = "none";

    public static IReadOnlyList<string> All { get; } = [BinaryHmacV1, None];

    public static bool IsKnown(string format) => All.Contains(format, StringComparer.Ordinal);
}
