using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>A Cosem-Attribute-Descriptor with its optional selective access, as GET and SET requests carry it.</summary>
public sealed record AttributeReference(CosemAttributeDescriptor Attribute, SelectiveAccessDescriptor? Access = null)
{
    public static AttributeReference Read(ref AxdrReader reader)
    {
        var attribute = CosemAttributeDescriptor.Read(ref reader);
        var access = SelectiveAccessDescriptor.ReadOptional(ref reader);
        return new AttributeReference(attribute, access);
    }

    public void Write(AxdrWriter writer)
    {
        Attribute.Write(writer);
        SelectiveAccessDescriptor.WriteOptional(writer, Access);
    }

    /// <summary>Encoded size: 9 descriptor bytes, the access flag and any selective access.</summary>
    public int EncodedLength
    {
        get
        {
            if (Access is null)
            {
                return CosemAttributeDescriptor.EncodedLength + 1;
            }

            return CosemAttributeDescriptor.EncodedLength + 2 + DlmsDataCodec.Encode(Access.Parameters).Length;
        }
    }

    public override string ToString() => Access is null ? Attribute.ToString() : $"{Attribute} selector {Access.Selector}";
}
