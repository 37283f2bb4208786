using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Meters.Driver;

/// <summary>Builds an integer value of the A-XDR type a model gives an attribute, or null when the value does not fit it.</summary>
internal static class IntegerValues
{
    public static DlmsData? Create(DlmsDataType type, long value) => type switch
    {
        DlmsDataType.Integer when value is >= sbyte.MinValue and <= sbyte.MaxValue => new IntegerData((sbyte)value),
        DlmsDataType.Long when value is >= short.MinValue and <= short.MaxValue => new LongData((short)value),
        DlmsDataType.DoubleLong when value is >= int.MinValue and <= int.MaxValue => new DoubleLongData((int)value),
        DlmsDataType.Long64 => new Long64Data(value),
        DlmsDataType.Unsigned when value is >= 0 and <= byte.MaxValue => new UnsignedData((byte)value),
        DlmsDataType.LongUnsigned when value is >= 0 and <= ushort.MaxValue => new LongUnsignedData((ushort)value),
        DlmsDataType.DoubleLongUnsigned when value is >= 0 and <= uint.MaxValue => new DoubleLongUnsignedData((uint)value),
        DlmsDataType.Long64Unsigned when value >= 0 => new Long64UnsignedData((ulong)value),
        _ => null,
    };
}
