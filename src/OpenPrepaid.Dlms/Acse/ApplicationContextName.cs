namespace OpenPrepaid.Dlms.Acse;

/// <summary>Application context names under 2.16.756.5.8.1 (IEC 62056-5-3).</summary>
public enum ApplicationContextName : byte
{
    LogicalNameNoCiphering = 1,
    ShortNameNoCiphering = 2,
    LogicalNameWithCiphering = 3,
    ShortNameWithCiphering = 4,
}
