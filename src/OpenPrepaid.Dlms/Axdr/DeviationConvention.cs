namespace OpenPrepaid.Dlms.Axdr;

/// <summary>How a meter model signs the deviation field of a date-time.</summary>
public enum DeviationConvention
{
    /// <summary>
    /// The standard meaning (IEC 62056-6-2): minutes from local time to UTC, so UTC = local + deviation and
    /// CET (UTC+1) is sent as -60.
    /// </summary>
    Standard,

    /// <summary>The opposite sign, used by some companion specifications: the deviation is the UTC offset itself.</summary>
    Inverted,
}
