using System.Globalization;
using System.Text;
using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;

namespace OpenPrepaid.Meters.Driver;

/// <summary>
/// Turns attribute values into domain values. A value of the wrong shape is a <see cref="DlmsProtocolException"/>
/// that names the attribute, so the status column shows what the meter sent wrong. Null in, null out.
/// </summary>
internal static class ValueReader
{
    /// <summary>Returns raw × 10^scaler exactly (IEC 62056-6-2: value = raw × 10^scaler), from any integer type.</summary>
    public static decimal? Scaled(DlmsData? data, ScalerUnit scalerUnit, string what)
    {
        if (data is null)
        {
            return null;
        }

        if (!data.TryGetInteger(out var raw))
        {
            throw new DlmsProtocolException($"{what} is {data.Type}; expected an integer");
        }

        return scalerUnit.Scale(raw);
    }

    /// <summary>Returns a Register value in a unit 10^<paramref name="unitExponent"/> times the register's unit (3: Wh to kWh).</summary>
    public static decimal? ScaledInUnit(DlmsData? data, ScalerUnit scalerUnit, byte expectedUnit, int unitExponent, string what)
    {
        if (data is null)
        {
            return null;
        }

        if (scalerUnit.Unit != expectedUnit)
        {
            throw new DlmsProtocolException($"{what} has unit {scalerUnit.Unit}; expected unit {expectedUnit}");
        }

        // Scaling by scaler - exponent in one step keeps the result exact: 12345 Wh with scaler -1 is 1.2345 kWh.
        var scaler = scalerUnit.Scaler - unitExponent;
        if (scaler < sbyte.MinValue)
        {
            throw new DlmsProtocolException($"{what} has scaler {scalerUnit.Scaler}, too small to convert without losing digits");
        }

        return Scaled(data, new ScalerUnit((sbyte)scaler, scalerUnit.Unit), what);
    }

    public static long? Integer(DlmsData? data, string what)
    {
        if (data is null)
        {
            return null;
        }

        if (!data.TryGetInteger(out var raw))
        {
            throw new DlmsProtocolException($"{what} is {data.Type}; expected an integer");
        }

        if (raw < long.MinValue || raw > long.MaxValue)
        {
            throw new DlmsProtocolException($"{what} is {raw}, outside the range of a 64-bit integer");
        }

        return (long)raw;
    }

    public static bool? Boolean(DlmsData? data, string what) => data switch
    {
        null => null,
        BooleanData boolean => boolean.Value,
        _ => throw new DlmsProtocolException($"{what} is {data.Type}; expected a boolean"),
    };

    /// <summary>Reads a visible-string, utf8-string or octet-string as text; trailing NUL and space padding is cut.</summary>
    public static string? Text(DlmsData? data, string what)
    {
        var text = data switch
        {
            null => null,
            VisibleStringData visible => visible.Value,
            Utf8StringData utf8 => utf8.Value,
            OctetStringData octets => Encoding.UTF8.GetString(octets.Value),
            _ => throw new DlmsProtocolException($"{what} is {data.Type}; expected a string"),
        };
        return text?.TrimEnd('\0', ' ');
    }

    public static StructureData? Structure(DlmsData? data, int members, string what)
    {
        if (data is null)
        {
            return null;
        }

        if (data is not StructureData structure || structure.Count != members)
        {
            throw new DlmsProtocolException($"{what} is {Describe(data)}; expected a structure of {members} members");
        }

        return structure;
    }

    /// <summary>
    /// Reads a date-time sent as octet-string(12) or as a date-time value. Returns null when the meter has no
    /// time there (date and time not specified) or when it leaves the deviation unspecified, because the
    /// instant is then unknown.
    /// </summary>
    public static DateTimeOffset? DateTime(DlmsData? data, DeviationConvention convention, string what)
    {
        CosemDateTime value;
        switch (data)
        {
            case null:
                return null;
            case OctetStringData octets when octets.Value.Length == CosemDateTime.EncodedLength:
                value = CosemDateTime.Decode(octets.Value);
                break;
            case DateTimeData dateTime:
                value = dateTime.Value;
                break;
            default:
                throw new DlmsProtocolException($"{what} is {Describe(data)}; expected a date-time (octet-string of 12 bytes)");
        }

        return value.ToDateTimeOffset(convention);
    }

    public static byte[]? Octets(DlmsData? data, string what) => data switch
    {
        null => null,
        OctetStringData octets => octets.Value,
        _ => throw new DlmsProtocolException($"{what} is {data.Type}; expected an octet-string"),
    };

    private static string Describe(DlmsData data) => data switch
    {
        StructureData structure => string.Create(CultureInfo.InvariantCulture, $"a structure of {structure.Count} members"),
        OctetStringData octets => string.Create(CultureInfo.InvariantCulture, $"an octet-string of {octets.Value.Length} bytes"),
        _ => data.Type.ToString(),
    };
}
