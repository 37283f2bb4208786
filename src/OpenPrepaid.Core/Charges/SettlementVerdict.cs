namespace OpenPrepaid.Core.Charges;

public enum SettlementVerdict
{
    Applied = 0,
    Rejected = 1,

    /// <summary>The reading does not show what happened; the charge stays Unknown.</summary>
    Undecided = 2,
}
