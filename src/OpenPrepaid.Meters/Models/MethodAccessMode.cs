namespace OpenPrepaid.Meters.Models;

/// <summary>Method access_mode of an Association LN object_list entry (class 15 version 1 and later).</summary>
public enum MethodAccessMode : byte
{
    NoAccess = 0,
    Access = 1,
}
