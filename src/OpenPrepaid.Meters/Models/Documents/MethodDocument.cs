namespace OpenPrepaid.Meters.Models.Documents;

/// <summary>A method; its inherited type fields describe the method's parameter.</summary>
internal sealed class MethodDocument : TypeDocument
{
    public int? Index { get; set; }

    public bool? Mandatory { get; set; }

    public string? Description { get; set; }

    public Dictionary<string, string>? Access { get; set; }
}
