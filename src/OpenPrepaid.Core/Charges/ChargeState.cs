namespace OpenPrepaid.Core.Charges;

/// <summary>
/// Where a charge is in its life. Pending moves to Applied, Rejected or Unknown; Unknown moves to Applied
/// or Rejected when a later read (or an operator) settles it, and <see cref="Charge.SettledLater"/> then
/// records that the outcome came after the fact. Applied and Rejected are final.
/// </summary>
public enum ChargeState
{
    /// <summary>Stored before anything is sent; the token is on its way or about to be.</summary>
    Pending = 0,
    Applied = 1,
    Rejected = 2,

    /// <summary>The response was lost after sending. The token is never resent, and a read settles the charge from the meter's last token.</summary>
    Unknown = 3,
}
