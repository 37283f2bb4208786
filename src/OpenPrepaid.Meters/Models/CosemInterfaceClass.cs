namespace OpenPrepaid.Meters.Models;

/// <summary>
/// An interface class as IEC 62056-6-2 (the Blue Book) defines it: its highest version and the names of
/// its attributes and methods by index. A model file is checked against these names.
/// </summary>
internal sealed record CosemInterfaceClass(
    ushort ClassId,
    string Name,
    byte MaxVersion,
    IReadOnlyList<string> AttributeNames,
    IReadOnlyList<string> MethodNames)
{
    /// <summary>Returns the standard name of attribute <paramref name="index"/>, or null when the class has no such attribute.</summary>
    public string? AttributeName(int index)
    {
        return index >= 1 && index <= AttributeNames.Count ? AttributeNames[index - 1] : null;
    }

    public string? MethodName(int index)
    {
        return index >= 1 && index <= MethodNames.Count ? MethodNames[index - 1] : null;
    }
}
