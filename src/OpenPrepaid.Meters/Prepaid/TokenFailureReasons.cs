namespace OpenPrepaid.Meters.Prepaid;

/// <summary>
/// Why a token failed, carried in the data_value bit-string of token_status. Each flag is 1 &lt;&lt; bit number;
/// the bit-string has 16 bits with bit 0 first. Bits 0-4 go with status 4 (format failure), bit 5 with 5
/// (authentication failure), bits 6-8 with 6 (validation failure) and bits 9-12 with 7 (execution failure).
/// Bits 13-15 are reserved and zero.
/// </summary>
[Flags]
public enum TokenFailureReasons : ushort
{
    None = 0,

    /// <summary>Bit 0: shorter than the token layout, or than its serial length field requires.</summary>
    Truncated = 1 << 0,

    /// <summary>Bit 1: bytes follow the MAC.</summary>
    TrailingBytes = 1 << 1,

    /// <summary>Bit 2: the version byte names a format this meter does not read.</summary>
    UnsupportedVersion = 1 << 2,

    /// <summary>Bit 3: the serial field is empty, longer than 32 bytes or not printable ASCII.</summary>
    InvalidSerialField = 1 << 3,

    /// <summary>Bit 4: the issue time is outside the years 1-9999.</summary>
    InvalidIssueTime = 1 << 4,

    /// <summary>Bit 5: the HMAC-SHA256 does not match the meter's top-up key.</summary>
    MacMismatch = 1 << 5,

    /// <summary>Bit 6: the token is for another meter.</summary>
    WrongSerial = 1 << 6,

    /// <summary>Bit 7: the sequence number is not above the last one this meter accepted.</summary>
    SequenceNotRising = 1 << 7,

    /// <summary>Bit 8: the amount is zero.</summary>
    ZeroAmount = 1 << 8,

    /// <summary>Bit 9: the resulting balance would exceed the maximum credit limit.</summary>
    AboveMaxCreditLimit = 1 << 9,

    /// <summary>Bit 10: the amount, of either sign, exceeds the maximum vend limit.</summary>
    AboveMaxVendLimit = 1 << 10,

    /// <summary>Bit 11: the resulting balance would fall below the minimum balance (the write-off floor).</summary>
    BelowMinimumBalance = 1 << 11,

    /// <summary>Bit 12: the meter takes no tokens: configured without them, or no top-up key is set.</summary>
    TokensNotAccepted = 1 << 12,
}
