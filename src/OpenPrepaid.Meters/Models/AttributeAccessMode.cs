namespace OpenPrepaid.Meters.Models;

/// <summary>Attribute access_mode of an Association LN object_list entry (IEC 62056-6-2, class 15).</summary>
public enum AttributeAccessMode : byte
{
    NoAccess = 0,
    ReadOnly = 1,
    WriteOnly = 2,
    ReadAndWrite = 3,
}
