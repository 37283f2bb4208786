namespace OpenPrepaid.Meters.Models.Documents;

internal sealed class ObjectDocument
{
    public string? Key { get; set; }

    public string? Name { get; set; }

    public int? ClassId { get; set; }

    public int? Version { get; set; }

    public string? LogicalName { get; set; }

    public bool? Mandatory { get; set; }

    public bool? ManufacturerSpecific { get; set; }

    public string? Description { get; set; }

    public ScalerUnitDocument? ScalerUnit { get; set; }

    public List<AttributeDocument>? Attributes { get; set; }

    public List<MethodDocument>? Methods { get; set; }
}
