namespace OpenPrepaid.Core.Profiles;

public enum ProfileWriteStatus
{
    /// <summary>Every field was written and read back with the value sent.</summary>
    Written = 0,

    /// <summary>The exchange finished, but a field was rejected, is missing or reads back differently, or the read-back failed.</summary>
    Incomplete = 1,

    /// <summary>The exchange failed; see the error.</summary>
    Failed = 2,
}
