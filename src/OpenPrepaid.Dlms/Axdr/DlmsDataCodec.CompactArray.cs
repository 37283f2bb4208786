namespace OpenPrepaid.Dlms.Axdr;

/// <summary>Compact-array encoding: a TypeDescription, then the elements packed without tags in one length-prefixed block.</summary>
public static partial class DlmsDataCodec
{
    public static TypeDescription ReadTypeDescription(ref AxdrReader reader) => ReadTypeDescription(ref reader, 0);

    public static void WriteTypeDescription(AxdrWriter writer, TypeDescription description)
    {
        writer.WriteByte((byte)description.Type);
        switch (description.Type)
        {
            case DlmsDataType.Array:
                writer.WriteUInt16(description.ArrayLength);
                WriteTypeDescription(writer, description.ElementType!);
                break;
            case DlmsDataType.Structure:
                writer.WriteLength(description.StructureElements.Count);
                foreach (var element in description.StructureElements)
                {
                    WriteTypeDescription(writer, element);
                }

                break;
        }
    }

    /// <summary>
    /// Reads a description in which every part takes at least one byte when packed. Null-data, dont-care, empty
    /// arrays and empty structures are rejected: they carry nothing in a packed element, and an array of them would
    /// let a few input bytes expand into billions of decoded values.
    /// </summary>
    private static TypeDescription ReadTypeDescription(ref AxdrReader reader, int depth)
    {
        CheckDepth(ref reader, depth);
        var start = reader.Position;
        var tag = reader.ReadByte();
        switch (tag)
        {
            case (byte)DlmsDataType.Array:
                var length = reader.ReadUInt16();
                if (length == 0)
                {
                    throw new DlmsProtocolException("A compact-array description declares an array of 0 elements, which takes no bytes", start);
                }

                return TypeDescription.Array(length, ReadTypeDescription(ref reader, depth + 1));
            case (byte)DlmsDataType.Structure:
                var count = reader.ReadCount(1, "Structure description");
                if (count == 0)
                {
                    throw new DlmsProtocolException("A compact-array description declares a structure of 0 members, which takes no bytes", start);
                }

                var elements = new TypeDescription[count];
                for (var i = 0; i < count; i++)
                {
                    elements[i] = ReadTypeDescription(ref reader, depth + 1);
                }

                return TypeDescription.Structure(elements);
            case (byte)DlmsDataType.CompactArray:
                throw new DlmsProtocolException("A compact-array description cannot contain a compact-array", start);
            case (byte)DlmsDataType.NullData or (byte)DlmsDataType.DontCare:
                throw new DlmsProtocolException($"A compact-array description cannot contain {(DlmsDataType)tag}, which takes no bytes", start);
            default:
                if (!Enum.IsDefined((DlmsDataType)tag))
                {
                    throw new DlmsProtocolException($"Unknown A-XDR type 0x{tag:X2} in a compact-array description", start);
                }

                return TypeDescription.Simple((DlmsDataType)tag);
        }
    }

    private static CompactArrayData ReadCompactArray(ref AxdrReader reader, int depth)
    {
        var description = ReadTypeDescription(ref reader, depth + 1);
        var contentStart = reader.Position;
        var contentLength = reader.ReadCount(1, "Compact-array contents");
        var content = new AxdrReader(reader.ReadSpan(contentLength));

        var items = new List<DlmsData>();
        while (!content.IsAtEnd)
        {
            var before = content.Position;
            items.Add(ReadPacked(ref content, description, depth + 1));
            if (content.Position == before)
            {
                // ReadTypeDescription rejects descriptions that take no bytes. This guard keeps the loop finite
                // should that ever change, because an element of zero bytes would repeat forever.
                throw new DlmsProtocolException("Compact-array element description takes no bytes", contentStart);
            }
        }

        return new CompactArrayData(description, items);
    }

    private static DlmsData ReadPacked(ref AxdrReader reader, TypeDescription description, int depth)
    {
        CheckDepth(ref reader, depth);
        switch (description.Type)
        {
            case DlmsDataType.Array:
                // The description fixes the count; each element takes at least one byte unless it is empty.
                var items = new List<DlmsData>(Math.Min((int)description.ArrayLength, reader.Remaining));
                for (var i = 0; i < description.ArrayLength; i++)
                {
                    items.Add(ReadPacked(ref reader, description.ElementType!, depth + 1));
                }

                return new ArrayData(items);
            case DlmsDataType.Structure:
                var members = new List<DlmsData>(description.StructureElements.Count);
                foreach (var element in description.StructureElements)
                {
                    members.Add(ReadPacked(ref reader, element, depth + 1));
                }

                return new StructureData(members);
            default:
                return ReadSimple(ref reader, description.Type);
        }
    }

    private static void WriteCompactArray(AxdrWriter writer, CompactArrayData compact)
    {
        WriteTypeDescription(writer, compact.ContentsDescription);
        var content = new AxdrWriter();
        foreach (var item in compact.Items)
        {
            WritePacked(content, item, compact.ContentsDescription);
        }

        writer.WriteLengthPrefixed(content.WrittenSpan);
    }

    private static void WritePacked(AxdrWriter writer, DlmsData data, TypeDescription description)
    {
        if (data.Type != description.Type)
        {
            throw new ArgumentException($"Compact-array element is {data.Type} but the description says {description.Type}", nameof(data));
        }

        switch (data)
        {
            case ArrayData array:
                if (array.Items.Count != description.ArrayLength)
                {
                    throw new ArgumentException($"Compact-array element has {array.Items.Count} items, the description says {description.ArrayLength}", nameof(data));
                }

                foreach (var item in array.Items)
                {
                    WritePacked(writer, item, description.ElementType!);
                }

                break;
            case StructureData structure:
                if (structure.Items.Count != description.StructureElements.Count)
                {
                    throw new ArgumentException($"Compact-array structure has {structure.Items.Count} members, the description says {description.StructureElements.Count}", nameof(data));
                }

                for (var i = 0; i < structure.Items.Count; i++)
                {
                    WritePacked(writer, structure.Items[i], description.StructureElements[i]);
                }

                break;
            default:
                WriteSimpleContent(writer, data);
                break;
        }
    }
}
