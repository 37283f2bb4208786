using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Cosem-Attribute-Descriptor: class id (Unsigned16), instance id (OBIS, 6 bytes), attribute id (Integer8).</summary>
public readonly record struct CosemAttributeDescriptor(ushort ClassId, ObisCode Instance, sbyte AttributeId)
{
    public const int EncodedLength = 9;

    public static CosemAttributeDescriptor Read(ref AxdrReader reader)
    {
        var classId = reader.ReadUInt16();
        var instance = ObisCode.FromBytes(reader.ReadSpan(ObisCode.Length));
        var attributeId = reader.ReadSByte();
        return new CosemAttributeDescriptor(classId, instance, attributeId);
    }

    public void Write(AxdrWriter writer)
    {
        writer.WriteUInt16(ClassId);
        Span<byte> name = stackalloc byte[ObisCode.Length];
        Instance.CopyTo(name);
        writer.WriteBytes(name);
        writer.WriteSByte(AttributeId);
    }

    public override string ToString() => $"class {ClassId} {Instance} attribute {AttributeId}";
}
