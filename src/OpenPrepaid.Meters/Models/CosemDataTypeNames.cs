using System.Collections.Frozen;
using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Meters.Models;

/// <summary>The standard's names of the A-XDR data types ("double-long", "octet-string", ...), as model files write them.</summary>
public static class CosemDataTypeNames
{
    private static readonly FrozenDictionary<string, DlmsDataType> ByName = new Dictionary<string, DlmsDataType>
    {
        ["null-data"] = DlmsDataType.NullData,
        ["array"] = DlmsDataType.Array,
        ["structure"] = DlmsDataType.Structure,
        ["boolean"] = DlmsDataType.Boolean,
        ["bit-string"] = DlmsDataType.BitString,
        ["double-long"] = DlmsDataType.DoubleLong,
        ["double-long-unsigned"] = DlmsDataType.DoubleLongUnsigned,
        ["octet-string"] = DlmsDataType.OctetString,
        ["visible-string"] = DlmsDataType.VisibleString,
        ["utf8-string"] = DlmsDataType.Utf8String,
        ["bcd"] = DlmsDataType.Bcd,
        ["integer"] = DlmsDataType.Integer,
        ["long"] = DlmsDataType.Long,
        ["unsigned"] = DlmsDataType.Unsigned,
        ["long-unsigned"] = DlmsDataType.LongUnsigned,
        ["compact-array"] = DlmsDataType.CompactArray,
        ["long64"] = DlmsDataType.Long64,
        ["long64-unsigned"] = DlmsDataType.Long64Unsigned,
        ["enum"] = DlmsDataType.Enum,
        ["float32"] = DlmsDataType.Float32,
        ["float64"] = DlmsDataType.Float64,
        ["date-time"] = DlmsDataType.DateTime,
        ["date"] = DlmsDataType.Date,
        ["time"] = DlmsDataType.Time,
        ["dont-care"] = DlmsDataType.DontCare,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<DlmsDataType, string> ByType =
        ByName.ToFrozenDictionary(pair => pair.Value, pair => pair.Key);

    /// <summary>Every name a model file may use, in tag order.</summary>
    public static IEnumerable<string> All => ByName.OrderBy(pair => pair.Value).Select(pair => pair.Key);

    public static bool TryParse(string? name, out DlmsDataType type)
    {
        if (name is null)
        {
            type = default;
            return false;
        }

        return ByName.TryGetValue(name, out type);
    }

    public static string ToName(DlmsDataType type)
    {
        return ByType.TryGetValue(type, out var name) ? name : $"tag {(byte)type}";
    }
}
