using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Meters.Models;

namespace OpenPrepaid.Simulator.Tests.Support;

/// <summary>Descriptors of the reference model's objects, found by the key the model gives them.</summary>
internal static class Obis
{
    public static MeterModel Model { get; } = MeterModelLoader.LoadReference();

    public static CosemAttributeDescriptor Attribute(string key, int index)
    {
        var definition = Model.GetByKey(key);
        return new CosemAttributeDescriptor(definition.ClassId, definition.LogicalName, (sbyte)index);
    }

    public static CosemMethodDescriptor Method(string key, int index)
    {
        var definition = Model.GetByKey(key);
        return new CosemMethodDescriptor(definition.ClassId, definition.LogicalName, (sbyte)index);
    }
}
