namespace OpenPrepaid.Core.Register.Import;

/// <summary>What an import does with an entry whose serial number is already registered.</summary>
public enum MeterImportMode
{
    /// <summary>Reports the entry as rejected and leaves the registered meter unchanged.</summary>
    AddOnly = 0,

    /// <summary>
    /// Replaces the registered meter's model, memo, connection and secrets with the entry's values. The token
    /// sequence, snapshots, charges and journal of the meter stay.
    /// </summary>
    AddOrUpdate = 1,
}
