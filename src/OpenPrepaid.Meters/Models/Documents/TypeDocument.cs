namespace OpenPrepaid.Meters.Models.Documents;

/// <summary>An A-XDR type as a model file writes it; attributes and methods extend it with their own fields.</summary>
internal class TypeDocument
{
    public string? Name { get; set; }

    public string? Type { get; set; }

    public List<TypeDocument>? Members { get; set; }

    public TypeDocument? Element { get; set; }

    public int? Length { get; set; }
}
