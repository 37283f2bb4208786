using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Server;

/// <summary>
/// A COSEM object served by <see cref="CosemLogicalDevice"/>. The server engine checks access rights before it
/// calls <see cref="GetAttribute"/>, <see cref="SetAttribute"/> or <see cref="Invoke"/>, and serves attribute 1
/// (logical_name) itself. Calls on one logical device are serialised, so implementations need no locking of
/// their own against each other.
/// </summary>
public interface ICosemObject
{
    ushort ClassId { get; }

    byte Version { get; }

    ObisCode LogicalName { get; }

    /// <summary>Attribute indexes this object has, 1 included.</summary>
    IReadOnlyList<int> AttributeIds { get; }

    /// <summary>Method indexes this object has; empty when none.</summary>
    IReadOnlyList<int> MethodIds { get; }

    AttributeAccessMode GetAttributeAccess(ushort clientSap, int attributeId);

    MethodAccessMode GetMethodAccess(ushort clientSap, int methodId);

    /// <summary>Returns the value, or a Data-Access-Result such as object-unavailable when it cannot.</summary>
    GetDataResult GetAttribute(int attributeId, SelectiveAccessDescriptor? access, CosemCallContext context);

    /// <summary>Writes the value; returns type-unmatched for a wrong type and other-reason for an out-of-range value.</summary>
    DataAccessResult SetAttribute(int attributeId, DlmsData value, CosemCallContext context);

    /// <summary>Runs a method; returns its result and, where the method has them, its return parameters.</summary>
    CosemActionResult Invoke(int methodId, DlmsData? parameters, CosemCallContext context);
}
