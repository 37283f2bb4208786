namespace OpenPrepaid.Meters.Tokens;

/// <summary>
/// How a meter type expects a numeric (e.g. 20-digit) token inside the octet-string of Token gateway enter.
/// The packing is vendor specific; the octet-string type is not.
/// </summary>
public enum TokenDigitPacking
{
    /// <summary>Two digits per byte, high nibble first: "0123" is 01 23.</summary>
    Bcd,

    /// <summary>One ASCII digit per byte: "0123" is 30 31 32 33.</summary>
    AsciiDigits,
}
