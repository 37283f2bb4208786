using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Server;

/// <summary>
/// Association LN (class 15, version 1) at 0.0.40.0.0.255, "the current association": the object list with
/// the access rights of the calling client, the partners, the negotiated context and the status. Built per
/// request from the session, so it always describes the association in use.
/// </summary>
internal sealed class AssociationLnView(
    CosemLogicalDevice device,
    ClientAssociationSettings association,
    Conformance conformance,
    int clientMaxReceivePdu,
    ushort clientSap,
    ushort serverSap) : ICosemObject
{
    public const ushort ClassIdValue = 15;

    private const byte AssociatedStatus = 2;

    public ushort ClassId => ClassIdValue;

    public byte Version => 1;

    public ObisCode LogicalName => new(0, 0, 40, 0, 0, 255);

    public IReadOnlyList<int> AttributeIds { get; } = [1, 2, 3, 4, 5, 6, 7, 8];

    public IReadOnlyList<int> MethodIds { get; } = [];

    // The secret (attribute 7) is never readable, and changing it over DLMS is not supported.
    public AttributeAccessMode GetAttributeAccess(ushort clientSap, int attributeId) =>
        attributeId == 7 ? AttributeAccessMode.NoAccess : AttributeAccessMode.ReadOnly;

    public MethodAccessMode GetMethodAccess(ushort clientSap, int methodId) => MethodAccessMode.NoAccess;

    public GetDataResult GetAttribute(int attributeId, SelectiveAccessDescriptor? access, CosemCallContext context) => attributeId switch
    {
        2 => GetDataResult.Success(BuildObjectList()),
        3 => GetDataResult.Success(new StructureData(new IntegerData(unchecked((sbyte)clientSap)), new LongUnsignedData(serverSap))),
        4 => GetDataResult.Success(ObjectIdentifierArcs(1, (byte)Acse.ApplicationContextName.LogicalNameNoCiphering)),
        5 => GetDataResult.Success(BuildContextInfo()),
        6 => GetDataResult.Success(ObjectIdentifierArcs(2, (byte)association.Mechanism)),
        8 => GetDataResult.Success(new EnumData(AssociatedStatus)),
        _ => GetDataResult.Failure(DataAccessResult.ObjectUndefined),
    };

    public DataAccessResult SetAttribute(int attributeId, DlmsData value, CosemCallContext context) => DataAccessResult.ReadWriteDenied;

    public CosemActionResult Invoke(int methodId, DlmsData? parameters, CosemCallContext context) => new(ActionResult.ObjectUndefined);

    private ArrayData BuildObjectList()
    {
        var entries = new List<DlmsData> { Describe(this) };
        entries.AddRange(device.Objects.Select(Describe));
        return new ArrayData(entries);
    }

    private StructureData Describe(ICosemObject cosemObject)
    {
        var attributes = cosemObject.AttributeIds
            .Select(id => (DlmsData)new StructureData(
                new IntegerData((sbyte)id),
                new EnumData((byte)cosemObject.GetAttributeAccess(clientSap, id)),
                NullData.Instance))
            .ToList();
        var methods = cosemObject.MethodIds
            .Select(id => (DlmsData)new StructureData(
                new IntegerData((sbyte)id),
                new EnumData((byte)cosemObject.GetMethodAccess(clientSap, id))))
            .ToList();

        return new StructureData(
            new LongUnsignedData(cosemObject.ClassId),
            new UnsignedData(cosemObject.Version),
            new OctetStringData(cosemObject.LogicalName.ToBytes()),
            new StructureData(new ArrayData(attributes), new ArrayData(methods)));
    }

    /// <summary>
    /// Encodes the object identifier 2.16.756.5.8.group.value as a structure of its seven arcs.
    /// </summary>
    // NOTE: this is the version 0 form; how version 1 encodes attributes 4 and 6 is not confirmed by a public source.
    private static StructureData ObjectIdentifierArcs(byte group, byte value) => new(
        new UnsignedData(2),
        new UnsignedData(16),
        new LongUnsignedData(756),
        new UnsignedData(5),
        new UnsignedData(8),
        new UnsignedData(group),
        new UnsignedData(value));

    private StructureData BuildContextInfo()
    {
        var value = (uint)conformance;
        var conformanceBits = new BitStringData([(byte)(value >> 16), (byte)(value >> 8), (byte)value], 24);
        return new StructureData(
            conformanceBits,
            new LongUnsignedData(association.MaxReceivePduSize),
            new LongUnsignedData((ushort)Math.Min(clientMaxReceivePdu, ushort.MaxValue)),
            new UnsignedData(6),
            new IntegerData(0),
            new OctetStringData([]));
    }
}
