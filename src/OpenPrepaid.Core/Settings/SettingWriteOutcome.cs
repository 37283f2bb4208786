namespace OpenPrepaid.Core.Settings;

public enum SettingWriteOutcome
{
    /// <summary>The meter acknowledged the write (SET or ACTION result success).</summary>
    Written = 0,

    /// <summary>The meter responded with an error, for example read-write-denied or type-unmatched.</summary>
    Rejected = 1,

    /// <summary>The meter's model has no object for this field, so nothing was sent.</summary>
    NotSupported = 2,
}
