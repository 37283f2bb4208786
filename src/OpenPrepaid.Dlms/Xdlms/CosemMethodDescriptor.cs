using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Cosem-Method-Descriptor: class id (Unsigned16), instance id (OBIS, 6 bytes), method id (Integer8).</summary>
public readonly record struct CosemMethodDescriptor(ushort ClassId, ObisCode Instance, sbyte MethodId)
{
    public static CosemMethodDescriptor Read(ref AxdrReader reader)
    {
        var classId = reader.ReadUInt16();
        var instance = ObisCode.FromBytes(reader.ReadSpan(ObisCode.Length));
        var methodId = reader.ReadSByte();
        return new CosemMethodDescriptor(classId, instance, methodId);
    }

    public void Write(AxdrWriter writer)
    {
        writer.WriteUInt16(ClassId);
        Span<byte> name = stackalloc byte[ObisCode.Length];
        Instance.CopyTo(name);
        writer.WriteBytes(name);
        writer.WriteSByte(MethodId);
    }

    public override string ToString() => $"class {ClassId} {Instance} method {MethodId}";
}
