namespace OpenPrepaid.Meters.Models.Documents;

internal sealed class AssociationDocument
{
    public int? ClientSap { get; set; }

    public string? Name { get; set; }

    public string? Authentication { get; set; }

    public string? Description { get; set; }
}
