namespace OpenPrepaid.Meters.Models.Documents;

internal sealed class AttributeDocument : TypeDocument
{
    public int? Index { get; set; }

    public bool? Mandatory { get; set; }

    public string? Description { get; set; }

    /// <summary>Access mode per client SAP, the SAP written as a decimal number.</summary>
    public Dictionary<string, string>? Access { get; set; }
}
