namespace OpenPrepaid.Meters.Models.Documents;

/// <summary>
/// JSON shape of a model file. Every field of the document types is nullable so that the loader, not the
/// serializer, reports a missing field, naming the object and the field.
/// </summary>
internal sealed class MeterModelDocument
{
    public int? FormatVersion { get; set; }

    public string? Model { get; set; }

    public string? Description { get; set; }

    public string? TokenFormat { get; set; }

    public List<AssociationDocument>? Associations { get; set; }

    public List<ObjectDocument>? Objects { get; set; }
}
