namespace OpenPrepaid.Dlms.Axdr;

/// <summary>
/// Clock status bits of a COSEM date-time (IEC 62056-6-2, clock_status). The byte 0xFF means "not specified"
/// and is modelled as a null <see cref="ClockStatus"/>, never as a set of flags.
/// </summary>
[Flags]
public enum ClockStatus : byte
{
    Ok = 0x00,
    InvalidValue = 0x01,
    DoubtfulValue = 0x02,
    DifferentClockBase = 0x04,
    InvalidClockStatus = 0x08,
    DaylightSavingActive = 0x80,
}
