namespace OpenPrepaid.Meters.Prepaid;

/// <summary>
/// current_credit_status of the Account object (class 111, attribute 4), a bit-string of 8 bits. Each flag is
/// 1 &lt;&lt; bit number; A-XDR puts bit 0 in the most significant bit of the first byte
/// (see <see cref="CreditStatusBits"/>).
/// </summary>
[Flags]
public enum CreditStatus : byte
{
    None = 0,

    /// <summary>Bit 0: the available credit is above the switch-off threshold.</summary>
    InCredit = 1 << 0,

    /// <summary>Bit 1: the available credit is at or below the low-credit warning threshold.</summary>
    LowCredit = 1 << 1,

    /// <summary>Bit 6: the available credit is at or below the switch-off threshold.</summary>
    OutOfCredit = 1 << 6,
}
