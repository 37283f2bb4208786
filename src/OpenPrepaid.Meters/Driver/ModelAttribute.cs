namespace OpenPrepaid.Meters.Driver;

/// <summary>One attribute of a meter model's object, named by the object's key in the model and the attribute index.</summary>
internal readonly record struct ModelAttribute(string Key, sbyte Index)
{
    public override string ToString() => $"{Key} attribute {Index}";
}
