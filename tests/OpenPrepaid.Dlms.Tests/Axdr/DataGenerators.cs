using System.Buffers.Binary;
using FsCheck;
using FsCheck.Fluent;
using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Tests.Axdr;

/// <summary>
/// FsCheck generators for every A-XDR data type. Numbers cover their whole range plus the edges, lengths
/// favour the A-XDR length boundaries (127/128, 255/256), and date-time fields are often "not specified".
/// </summary>
public static class DataGenerators
{
    public static Gen<byte> Byte { get; } = Gen.Choose(0, 255).Select(b => (byte)b);

    private static Gen<short> Int16 { get; } = Gen.Frequency(
        (4, Bytes(2).Select(b => BinaryPrimitives.ReadInt16BigEndian(b))),
        (1, Gen.Elements(short.MinValue, (short)-1, (short)0, (short)1, short.MaxValue)));

    private static Gen<int> Int32 { get; } = Gen.Frequency(
        (4, Bytes(4).Select(b => BinaryPrimitives.ReadInt32BigEndian(b))),
        (1, Gen.Elements(int.MinValue, -1, 0, 1, int.MaxValue)));

    private static Gen<long> Int64 { get; } = Gen.Frequency(
        (4, Bytes(8).Select(b => BinaryPrimitives.ReadInt64BigEndian(b))),
        (1, Gen.Elements(long.MinValue, -1L, 0L, 1L, long.MaxValue)));

    /// <summary>Lengths for strings and counts: mostly short, often on an A-XDR length boundary.</summary>
    public static Gen<int> Length { get; } = Gen.Frequency(
        (6, Gen.Choose(0, 40)),
        (2, Gen.Elements(0, 1, 126, 127, 128, 129, 254, 255, 256, 257)),
        (1, Gen.Choose(0, 700)));

    public static Gen<byte[]> AnyBytes { get; } = Length.SelectMany(Bytes);

    public static Gen<CosemDate> Date { get; } =
        from year in Gen.Frequency((4, Gen.Choose(1990, 2100)), (1, Gen.Choose(0, 0xFFFE)), (1, Gen.Constant(0xFFFF)))
        from month in Gen.Frequency((4, Gen.Choose(1, 12)), (1, Gen.Elements(0xFD, 0xFE, 0xFF)))
        from day in Gen.Frequency((4, Gen.Choose(1, 31)), (1, Gen.Elements(0xFD, 0xFE, 0xFF)))
        from dayOfWeek in Gen.Frequency((4, Gen.Choose(1, 7)), (1, Gen.Constant(0xFF)))
        select new CosemDate((ushort)year, (byte)month, (byte)day, (byte)dayOfWeek);

    public static Gen<CosemTime> Time { get; } =
        from hour in OrNotSpecified(Gen.Choose(0, 23))
        from minute in OrNotSpecified(Gen.Choose(0, 59))
        from second in OrNotSpecified(Gen.Choose(0, 59))
        from hundredths in OrNotSpecified(Gen.Choose(0, 99))
        select new CosemTime(hour, minute, second, hundredths);

    /// <summary>
    /// Date-times with any field possibly "not specified". A present deviation is never -32768 and a present
    /// status never 0xFF, because those are the wire values of "not specified".
    /// </summary>
    public static Gen<CosemDateTime> DateTime { get; } =
        from date in Date
        from time in Time
        from deviation in Gen.Frequency(
            (3, Gen.Choose(-720, 840).Select(d => (short?)d)),
            (1, Gen.Choose(short.MinValue + 1, short.MaxValue).Select(d => (short?)d)),
            (1, Gen.Constant((short?)null)))
        from status in Gen.Frequency(
            (3, Gen.Elements<ClockStatus?>(ClockStatus.Ok, ClockStatus.DaylightSavingActive, ClockStatus.InvalidValue | ClockStatus.DoubtfulValue)),
            (1, Gen.Choose(0, 0xFE).Select(s => (ClockStatus?)(ClockStatus)s)),
            (1, Gen.Constant((ClockStatus?)null)))
        select new CosemDateTime(date, time, deviation, status);

    public static Gen<BitStringData> BitString { get; } =
        from bitCount in Gen.Frequency(
            (5, Gen.Choose(0, 64)),
            (2, Gen.Elements(0, 1, 7, 8, 9, 127, 128, 129, 255, 256, 257)),
            (1, Gen.Choose(0, 2100)))
        from bytes in Bytes((bitCount + 7) / 8)
        select new BitStringData(bytes, bitCount);

    /// <summary>Latin-1 text: mostly printable ASCII, sometimes any byte value, as meters send.</summary>
    public static Gen<string> VisibleText { get; } =
        from length in Length
        from chars in Gen.ArrayOf(Gen.Frequency((5, Gen.Choose(0x20, 0x7E)), (1, Gen.Choose(0, 0xFF))).Select(c => (char)c), length)
        select new string(chars);

    /// <summary>Any well-formed Unicode text, including characters outside the Basic Multilingual Plane.</summary>
    public static Gen<string> UnicodeText { get; } =
        from length in Length
        from codePoints in Gen.ArrayOf(
            Gen.Frequency(
                (4, Gen.Choose(0x20, 0x7E)),
                (2, Gen.Choose(0x80, 0xD7FF)),
                (1, Gen.Choose(0xE000, 0xFFFF)),
                (1, Gen.Choose(0x10000, 0x10FFFF))),
            length)
        select string.Concat(codePoints.Select(char.ConvertFromUtf32));

    /// <summary>Simple types a compact-array description may name: every simple type that takes bytes.</summary>
    public static IReadOnlyList<DlmsDataType> PackableSimpleTypes { get; } =
        Enum.GetValues<DlmsDataType>()
            .Where(t => t is not (DlmsDataType.Array or DlmsDataType.Structure or DlmsDataType.CompactArray
                or DlmsDataType.NullData or DlmsDataType.DontCare))
            .ToArray();

    public static Gen<CompactArrayData> CompactArray { get; } =
        from description in Description(2)
        from count in Gen.Choose(0, 4)
        from items in Gen.ArrayOf(ValueFor(description), count)
        select new CompactArrayData(description, items);

    /// <summary>Every type without nested elements, null-data and dont-care included.</summary>
    public static IReadOnlyList<DlmsDataType> SimpleTypes { get; } =
        Enum.GetValues<DlmsDataType>()
            .Where(t => t is not (DlmsDataType.Array or DlmsDataType.Structure or DlmsDataType.CompactArray))
            .ToArray();

    /// <summary>Any value of a type without nested elements.</summary>
    public static Gen<DlmsData> Simple { get; } = Gen.OneOf(SimpleTypes.Select(SimpleOfType));

    /// <summary>Any value: simple values, arrays, structures and compact-arrays nested up to three levels.</summary>
    public static Gen<DlmsData> Data { get; } = DataOfDepth(3);

    public static Gen<byte[]> Bytes(int count) => Gen.ArrayOf(Byte, count);

    public static Gen<DlmsData> DataOfDepth(int depth)
    {
        if (depth == 0)
        {
            return Simple;
        }

        var inner = DataOfDepth(depth - 1);

        // Arrays whose elements share one simple type, as COSEM attributes send them (with counts on the
        // one-byte length boundary), and short arrays of nested or mixed values, which the codec must carry too.
        var uniformArray =
            from type in Gen.Elements(SimpleTypes.AsEnumerable())
            from n in Gen.Frequency((5, Gen.Choose(0, 4)), (1, Gen.Elements(127, 128)))
            from items in Gen.ArrayOf(SimpleOfType(type), n)
            select (DlmsData)new ArrayData(items);
        var nestedArray =
            from n in Gen.Choose(0, 4)
            from items in Gen.ArrayOf(inner, n)
            select (DlmsData)new ArrayData(items);
        var structure =
            from n in Gen.Choose(0, 5)
            from items in Gen.ArrayOf(inner, n)
            select (DlmsData)new StructureData(items);

        return Gen.Frequency(
            (4, Simple),
            (1, uniformArray),
            (1, nestedArray),
            (2, structure),
            (1, CompactArray.Select(c => (DlmsData)c)));
    }

    /// <summary>Compact-array descriptions in which every part takes at least one byte when packed.</summary>
    public static Gen<TypeDescription> Description(int depth)
    {
        var simple = Gen.Elements(PackableSimpleTypes.AsEnumerable()).Select(TypeDescription.Simple);
        if (depth == 0)
        {
            return simple;
        }

        var inner = Description(depth - 1);
        return Gen.Frequency(
            (3, simple),
            (1, from n in Gen.Choose(1, 3) from element in inner select TypeDescription.Array((ushort)n, element)),
            (1, from n in Gen.Choose(1, 3) from members in Gen.ArrayOf(inner, n) select TypeDescription.Structure(members)));
    }

    /// <summary>Values that follow a compact-array description.</summary>
    public static Gen<DlmsData> ValueFor(TypeDescription description) => description.Type switch
    {
        DlmsDataType.Array => Gen.ArrayOf(ValueFor(description.ElementType!), description.ArrayLength)
            .Select(items => (DlmsData)new ArrayData(items)),
        DlmsDataType.Structure => Gen.CollectToArray(description.StructureElements.Select(ValueFor))
            .Select(items => (DlmsData)new StructureData(items)),
        _ => SimpleOfType(description.Type),
    };

    public static Gen<DlmsData> SimpleOfType(DlmsDataType type) => type switch
    {
        DlmsDataType.NullData => Gen.Constant<DlmsData>(NullData.Instance),
        DlmsDataType.DontCare => Gen.Constant<DlmsData>(DontCareData.Instance),
        DlmsDataType.Boolean => Gen.Elements(true, false).Select(v => (DlmsData)new BooleanData(v)),
        DlmsDataType.BitString => BitString.Select(v => (DlmsData)v),
        DlmsDataType.DoubleLong => Int32.Select(v => (DlmsData)new DoubleLongData(v)),
        DlmsDataType.DoubleLongUnsigned => Int32.Select(v => (DlmsData)new DoubleLongUnsignedData(unchecked((uint)v))),
        DlmsDataType.OctetString => AnyBytes.Select(v => (DlmsData)new OctetStringData(v)),
        DlmsDataType.VisibleString => VisibleText.Select(v => (DlmsData)new VisibleStringData(v)),
        DlmsDataType.Utf8String => UnicodeText.Select(v => (DlmsData)new Utf8StringData(v)),
        DlmsDataType.Bcd => Byte.Select(v => (DlmsData)new BcdData(v)),
        DlmsDataType.Integer => Byte.Select(v => (DlmsData)new IntegerData(unchecked((sbyte)v))),
        DlmsDataType.Long => Int16.Select(v => (DlmsData)new LongData(v)),
        DlmsDataType.Unsigned => Byte.Select(v => (DlmsData)new UnsignedData(v)),
        DlmsDataType.LongUnsigned => Int16.Select(v => (DlmsData)new LongUnsignedData(unchecked((ushort)v))),
        DlmsDataType.Long64 => Int64.Select(v => (DlmsData)new Long64Data(v)),
        DlmsDataType.Long64Unsigned => Int64.Select(v => (DlmsData)new Long64UnsignedData(unchecked((ulong)v))),
        DlmsDataType.Enum => Byte.Select(v => (DlmsData)new EnumData(v)),
        DlmsDataType.Float32 => Bytes(4).Select(b => (DlmsData)new Float32Data(BinaryPrimitives.ReadSingleBigEndian(b))),
        DlmsDataType.Float64 => Bytes(8).Select(b => (DlmsData)new Float64Data(BinaryPrimitives.ReadDoubleBigEndian(b))),
        DlmsDataType.DateTime => DateTime.Select(v => (DlmsData)new DateTimeData(v)),
        DlmsDataType.Date => Date.Select(v => (DlmsData)new DateData(v)),
        DlmsDataType.Time => Time.Select(v => (DlmsData)new TimeData(v)),
        DlmsDataType.DeltaInteger => Byte.Select(v => (DlmsData)new DeltaIntegerData(unchecked((sbyte)v))),
        DlmsDataType.DeltaLong => Int16.Select(v => (DlmsData)new DeltaLongData(v)),
        DlmsDataType.DeltaDoubleLong => Int32.Select(v => (DlmsData)new DeltaDoubleLongData(v)),
        DlmsDataType.DeltaUnsigned => Byte.Select(v => (DlmsData)new DeltaUnsignedData(v)),
        DlmsDataType.DeltaLongUnsigned => Int16.Select(v => (DlmsData)new DeltaLongUnsignedData(unchecked((ushort)v))),
        DlmsDataType.DeltaDoubleLongUnsigned => Int32.Select(v => (DlmsData)new DeltaDoubleLongUnsignedData(unchecked((uint)v))),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a simple type"),
    };

    private static Gen<byte> OrNotSpecified(Gen<int> value) =>
        Gen.Frequency((4, value.Select(v => (byte)v)), (1, Gen.Constant((byte)0xFF)));
}

/// <summary>Registers the generators with FsCheck for <c>[Property(Arbitrary = ...)]</c>.</summary>
public static class DataArbitraries
{
    public static Arbitrary<DlmsData> Data() => Arb.From(DataGenerators.Data);

    public static Arbitrary<CosemDateTime> DateTime() => Arb.From(DataGenerators.DateTime);

    public static Arbitrary<BitStringData> BitString() => Arb.From(DataGenerators.BitString);

    public static Arbitrary<CompactArrayData> CompactArray() => Arb.From(DataGenerators.CompactArray);
}
