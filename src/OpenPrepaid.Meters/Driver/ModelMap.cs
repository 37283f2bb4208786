using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Meters.Models;

namespace OpenPrepaid.Meters.Driver;

/// <summary>A meter model from the view of one client SAP: which attributes exist and which it may read or write.</summary>
internal sealed class ModelMap(MeterModel model, ushort clientSap)
{
    public MeterModel Model { get; } = model;

    public ushort ClientSap { get; } = clientSap;

    /// <summary>Returns the attribute when the model has it, or null.</summary>
    public PlannedAttribute? Find(ModelAttribute id)
    {
        var definition = Model.FindByKey(id.Key);
        var attribute = definition?.FindAttribute(id.Index);
        return attribute is null ? null : new PlannedAttribute(id, definition!, attribute);
    }

    /// <summary>Returns the attribute when the model has it and this client may read it, or null.</summary>
    public PlannedAttribute? FindReadable(ModelAttribute id)
    {
        var planned = Find(id);
        return planned is not null && planned.Attribute.CanRead(ClientSap) ? planned : null;
    }

    /// <summary>Returns the method when the model has it, or null.</summary>
    public CosemMethodDefinition? FindMethod(string key, sbyte index) => Model.FindByKey(key)?.FindMethod(index);

    /// <summary>The model's scaler_unit of a Register or Extended register, or null for other objects.</summary>
    public ScalerUnit? StaticScalerUnit(string key) => Model.FindByKey(key)?.ScalerUnit;
}
