using System.Text;

namespace OpenPrepaid.Dlms.Axdr;

/// <summary>
/// Encodes and decodes A-XDR Data values (IEC 62056-6-2 and the A-XDR rules of IEC 61334-6). Decoding is
/// total: any input yields a value or a <see cref="DlmsProtocolException"/> with the offset, never another
/// exception, and no count in the input can make it allocate more than the input's own size.
/// </summary>
public static partial class DlmsDataCodec
{
    /// <summary>Deepest nesting of arrays and structures accepted; real COSEM values nest a few levels.</summary>
    public const int MaxNestingDepth = 32;

    // Latin-1 keeps every byte of a visible-string, so a value read from a meter writes back unchanged.
    private static readonly Encoding VisibleStringEncoding = Encoding.Latin1;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] Encode(DlmsData data)
    {
        var writer = new AxdrWriter();
        Write(writer, data);
        return writer.ToArray();
    }

    /// <summary>Decodes exactly one value that fills the whole buffer.</summary>
    public static DlmsData Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new AxdrReader(bytes);
        var value = Read(ref reader);
        if (!reader.IsAtEnd)
        {
            throw new DlmsProtocolException($"{reader.Remaining} unexpected bytes after the value", reader.Position);
        }

        return value;
    }

    public static DlmsData Read(ref AxdrReader reader) => Read(ref reader, 0);

    public static void Write(AxdrWriter writer, DlmsData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        writer.WriteByte((byte)data.Type);
        WriteContent(writer, data);
    }

    private static DlmsData Read(ref AxdrReader reader, int depth)
    {
        var start = reader.Position;
        var tag = reader.ReadByte();
        return tag switch
        {
            (byte)DlmsDataType.Array => new ArrayData(ReadElements(ref reader, depth, "Array")),
            (byte)DlmsDataType.Structure => new StructureData(ReadElements(ref reader, depth, "Structure")),
            (byte)DlmsDataType.CompactArray => ReadCompactArray(ref reader, depth),
            _ when Enum.IsDefined((DlmsDataType)tag) => ReadSimple(ref reader, (DlmsDataType)tag),
            _ => throw new DlmsProtocolException($"Unknown A-XDR data tag 0x{tag:X2}", start),
        };
    }

    private static List<DlmsData> ReadElements(ref AxdrReader reader, int depth, string what)
    {
        CheckDepth(ref reader, depth);

        // Every element takes at least its tag byte, so the count cannot exceed the bytes left.
        var count = reader.ReadCount(1, what);
        var items = new List<DlmsData>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(Read(ref reader, depth + 1));
        }

        return items;
    }

    /// <summary>Reads the content of a type that has no nested elements, after its tag.</summary>
    private static DlmsData ReadSimple(ref AxdrReader reader, DlmsDataType type) => type switch
    {
        DlmsDataType.NullData => NullData.Instance,
        DlmsDataType.DontCare => DontCareData.Instance,
        DlmsDataType.Boolean => new BooleanData(reader.ReadByte() != 0),
        DlmsDataType.BitString => ReadBitString(ref reader),
        DlmsDataType.DoubleLong => new DoubleLongData(reader.ReadInt32()),
        DlmsDataType.DoubleLongUnsigned => new DoubleLongUnsignedData(reader.ReadUInt32()),
        DlmsDataType.OctetString => new OctetStringData(reader.ReadBytes(ReadByteCount(ref reader))),
        DlmsDataType.VisibleString => new VisibleStringData(VisibleStringEncoding.GetString(reader.ReadSpan(ReadByteCount(ref reader)))),
        DlmsDataType.Utf8String => new Utf8StringData(ReadUtf8(ref reader)),
        DlmsDataType.Bcd => new BcdData(reader.ReadByte()),
        DlmsDataType.Integer => new IntegerData(reader.ReadSByte()),
        DlmsDataType.Long => new LongData(reader.ReadInt16()),
        DlmsDataType.Unsigned => new UnsignedData(reader.ReadByte()),
        DlmsDataType.LongUnsigned => new LongUnsignedData(reader.ReadUInt16()),
        DlmsDataType.Long64 => new Long64Data(reader.ReadInt64()),
        DlmsDataType.Long64Unsigned => new Long64UnsignedData(reader.ReadUInt64()),
        DlmsDataType.Enum => new EnumData(reader.ReadByte()),
        DlmsDataType.Float32 => new Float32Data(reader.ReadSingle()),
        DlmsDataType.Float64 => new Float64Data(reader.ReadDouble()),
        DlmsDataType.DateTime => new DateTimeData(CosemDateTime.Read(ref reader)),
        DlmsDataType.Date => new DateData(CosemDate.Read(ref reader)),
        DlmsDataType.Time => new TimeData(CosemTime.Read(ref reader)),
        DlmsDataType.DeltaInteger => new DeltaIntegerData(reader.ReadSByte()),
        DlmsDataType.DeltaLong => new DeltaLongData(reader.ReadInt16()),
        DlmsDataType.DeltaDoubleLong => new DeltaDoubleLongData(reader.ReadInt32()),
        DlmsDataType.DeltaUnsigned => new DeltaUnsignedData(reader.ReadByte()),
        DlmsDataType.DeltaLongUnsigned => new DeltaLongUnsignedData(reader.ReadUInt16()),
        DlmsDataType.DeltaDoubleLongUnsigned => new DeltaDoubleLongUnsignedData(reader.ReadUInt32()),
        _ => throw new DlmsProtocolException($"{type} is not a simple A-XDR type", reader.Position),
    };

    private static int ReadByteCount(ref AxdrReader reader) => reader.ReadCount(1, "String");

    private static BitStringData ReadBitString(ref AxdrReader reader)
    {
        var start = reader.Position;
        var bits = reader.ReadLength();
        var byteCount = (int)(((long)bits + 7) / 8);
        if (byteCount > reader.Remaining)
        {
            throw new DlmsProtocolException($"Bit-string of {bits} bits needs {byteCount} bytes, only {reader.Remaining} remain", start);
        }

        return new BitStringData(reader.ReadBytes(byteCount), bits);
    }

    private static string ReadUtf8(ref AxdrReader reader)
    {
        var start = reader.Position;
        var bytes = reader.ReadSpan(ReadByteCount(ref reader));
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DlmsProtocolException("utf8-string holds bytes that are not valid UTF-8", start, ex);
        }
    }

    private static void CheckDepth(ref AxdrReader reader, int depth)
    {
        if (depth >= MaxNestingDepth)
        {
            throw new DlmsProtocolException($"Data nested deeper than {MaxNestingDepth} levels", reader.Position);
        }
    }

    private static void WriteContent(AxdrWriter writer, DlmsData data)
    {
        switch (data)
        {
            case ArrayData array:
                writer.WriteLength(array.Items.Count);
                foreach (var item in array.Items)
                {
                    Write(writer, item);
                }

                break;
            case StructureData structure:
                writer.WriteLength(structure.Items.Count);
                foreach (var item in structure.Items)
                {
                    Write(writer, item);
                }

                break;
            case CompactArrayData compact:
                WriteCompactArray(writer, compact);
                break;
            default:
                WriteSimpleContent(writer, data);
                break;
        }
    }

    private static void WriteSimpleContent(AxdrWriter writer, DlmsData data)
    {
        switch (data)
        {
            case NullData or DontCareData:
                break;
            case BooleanData b:
                writer.WriteByte(b.Value ? (byte)1 : (byte)0);
                break;
            case BitStringData bits:
                writer.WriteLength(bits.BitCount);
                writer.WriteBytes(bits.Bytes);
                break;
            case DoubleLongData v:
                writer.WriteInt32(v.Value);
                break;
            case DoubleLongUnsignedData v:
                writer.WriteUInt32(v.Value);
                break;
            case OctetStringData v:
                writer.WriteLengthPrefixed(v.Value);
                break;
            case VisibleStringData v:
                writer.WriteLengthPrefixed(EncodeVisibleString(v.Value));
                break;
            case Utf8StringData v:
                writer.WriteLengthPrefixed(StrictUtf8.GetBytes(v.Value));
                break;
            case BcdData v:
                writer.WriteByte(v.Value);
                break;
            case IntegerData v:
                writer.WriteSByte(v.Value);
                break;
            case LongData v:
                writer.WriteInt16(v.Value);
                break;
            case UnsignedData v:
                writer.WriteByte(v.Value);
                break;
            case LongUnsignedData v:
                writer.WriteUInt16(v.Value);
                break;
            case Long64Data v:
                writer.WriteInt64(v.Value);
                break;
            case Long64UnsignedData v:
                writer.WriteUInt64(v.Value);
                break;
            case EnumData v:
                writer.WriteByte(v.Value);
                break;
            case Float32Data v:
                writer.WriteSingle(v.Value);
                break;
            case Float64Data v:
                writer.WriteDouble(v.Value);
                break;
            case DateTimeData v:
                v.Value.Write(writer);
                break;
            case DateData v:
                v.Value.Write(writer);
                break;
            case TimeData v:
                v.Value.Write(writer);
                break;
            case DeltaIntegerData v:
                writer.WriteSByte(v.Value);
                break;
            case DeltaLongData v:
                writer.WriteInt16(v.Value);
                break;
            case DeltaDoubleLongData v:
                writer.WriteInt32(v.Value);
                break;
            case DeltaUnsignedData v:
                writer.WriteByte(v.Value);
                break;
            case DeltaLongUnsignedData v:
                writer.WriteUInt16(v.Value);
                break;
            case DeltaDoubleLongUnsignedData v:
                writer.WriteUInt32(v.Value);
                break;
            default:
                throw new ArgumentException($"{data.Type} cannot be written as a simple value", nameof(data));
        }
    }

    private static byte[] EncodeVisibleString(string value)
    {
        foreach (var c in value)
        {
            if (c > '\u00FF')
            {
                throw new ArgumentException($"visible-string cannot hold the character U+{(int)c:X4}; use a utf8-string", nameof(value));
            }
        }

        return VisibleStringEncoding.GetBytes(value);
    }
}
