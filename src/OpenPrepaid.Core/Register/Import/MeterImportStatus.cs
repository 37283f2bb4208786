namespace OpenPrepaid.Core.Register.Import;

public enum MeterImportStatus
{
    Added = 0,

    /// <summary>The entry could not be read from the file; nothing was sent to the register.</summary>
    Unreadable = 1,

    /// <summary>The register refused the meter: a value out of range, a serial number already registered, ...</summary>
    Rejected = 2,

    /// <summary>The serial number was registered, and <see cref="MeterImportMode.AddOrUpdate"/> replaced the meter's values.</summary>
    Updated = 3,
}
