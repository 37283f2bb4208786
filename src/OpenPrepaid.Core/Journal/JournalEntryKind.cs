namespace OpenPrepaid.Core.Journal;

public enum JournalEntryKind
{
    ChargePending = 0,
    ChargeApplied = 1,
    ChargeRejected = 2,
    ChargeUnknown = 3,

    /// <summary>An Unknown charge settled as applied, by a read of the meter or by an operator.</summary>
    ChargeSettledApplied = 4,

    /// <summary>An Unknown charge settled as rejected, by a read of the meter or by an operator.</summary>
    ChargeSettledRejected = 5,

    SettingsWrite = 6,
}
