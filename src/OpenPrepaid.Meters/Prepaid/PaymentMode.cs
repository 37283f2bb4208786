namespace OpenPrepaid.Meters.Prepaid;

/// <summary>payment_mode of the Account object (class 111, attribute 2).</summary>
public enum PaymentMode : byte
{
    /// <summary>Consumption is billed afterwards; the meter charges nothing against its credit.</summary>
    Credit = 1,

    Prepayment = 2,
}
