namespace OpenPrepaid.Dlms.Server;

/// <summary>Method access_mode of the Association LN object_list, version 1 and later.</summary>
public enum MethodAccessMode : byte
{
    NoAccess = 0,
    Access = 1,
}
