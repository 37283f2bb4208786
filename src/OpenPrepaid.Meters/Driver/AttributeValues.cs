using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Meters.Driver;

/// <summary>
/// The values one exchange read, by model attribute. An attribute is absent when the model lacks it, the client
/// may not read it, or the meter reported an optional one undefined.
/// </summary>
internal sealed class AttributeValues
{
    private readonly Dictionary<ModelAttribute, DlmsData> _values = [];

    public DlmsData? this[ModelAttribute id] => _values.GetValueOrDefault(id);

    public int Count => _values.Count;

    public void Add(ModelAttribute id, DlmsData value) => _values[id] = value;
}
