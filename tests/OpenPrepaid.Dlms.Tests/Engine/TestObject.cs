using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Engine;

/// <summary>
/// A COSEM object for engine tests: attribute values kept in a dictionary, writable by the management
/// client (SAP 1) and readable by everyone, and one method that adds its integer parameter to attribute 2.
/// </summary>
internal sealed class TestObject(ushort classId, ObisCode logicalName, params (int Id, DlmsData Value)[] attributes) : ICosemObject
{
    private readonly Dictionary<int, DlmsData> _values = attributes.ToDictionary(a => a.Id, a => a.Value);

    public ushort ClassId => classId;

    public byte Version => 0;

    public ObisCode LogicalName => logicalName;

    public IReadOnlyList<int> AttributeIds => [1, .. _values.Keys.Order()];

    public IReadOnlyList<int> MethodIds => [1];

    public int InvokeCount { get; private set; }

    public DlmsData this[int attributeId] => _values[attributeId];

    public AttributeAccessMode GetAttributeAccess(ushort clientSap, int attributeId) =>
        clientSap == 1 ? AttributeAccessMode.ReadAndWrite : AttributeAccessMode.ReadOnly;

    public MethodAccessMode GetMethodAccess(ushort clientSap, int methodId) =>
        clientSap == 1 ? MethodAccessMode.Access : MethodAccessMode.NoAccess;

    public GetDataResult GetAttribute(int attributeId, SelectiveAccessDescriptor? access, CosemCallContext context) =>
        GetDataResult.Success(_values[attributeId]);

    public DataAccessResult SetAttribute(int attributeId, DlmsData value, CosemCallContext context)
    {
        if (value.Type != _values[attributeId].Type)
        {
            return DataAccessResult.TypeUnmatched;
        }

        _values[attributeId] = value;
        return DataAccessResult.Success;
    }

    public CosemActionResult Invoke(int methodId, DlmsData? parameters, CosemCallContext context)
    {
        if (parameters is not DoubleLongData amount || _values[2] is not DoubleLongData current)
        {
            return new CosemActionResult(ActionResult.TypeUnmatched);
        }

        InvokeCount++;
        _values[2] = new DoubleLongData(current.Value + amount.Value);
        return CosemActionResult.Success(_values[2]);
    }
}
