namespace OpenPrepaid.Meters.Prepaid;

/// <summary>Content byte of the current_credit_status bit-string, bit 0 first (most significant).</summary>
public static class CreditStatusBits
{
    public const int BitCount = 8;

    public static byte ToBitStringByte(CreditStatus status) => BitStrings.ToMsbFirst((ushort)status, BitCount)[0];
}
