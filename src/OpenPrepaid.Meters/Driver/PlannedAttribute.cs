using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Meters.Models;

namespace OpenPrepaid.Meters.Driver;

/// <summary>An attribute of the meter's model that one exchange reads or writes.</summary>
internal sealed record PlannedAttribute(ModelAttribute Id, CosemObjectDefinition Object, CosemAttributeDefinition Attribute)
{
    /// <summary>False when a meter of the model may lack the object or the attribute.</summary>
    public bool IsMandatory => Object.Mandatory && Attribute.Mandatory;

    public CosemAttributeDescriptor Descriptor => new(Object.ClassId, Object.LogicalName, Attribute.Index);

    public AttributeReference Reference => new(Descriptor);

    /// <summary>Names the attribute for messages: "0.0.19.0.0.255 attribute 5 (Account available_credit)".</summary>
    public override string ToString() => $"{Object.LogicalName} attribute {Attribute.Index} ({Object.Name} {Attribute.Name})";
}
