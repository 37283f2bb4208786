using System.Globalization;

namespace OpenPrepaid.Dlms.Cosem;

/// <summary>
/// An OBIS code (IEC 62056-6-1): the six value groups A to F that form a COSEM logical name.
/// Parses and formats both the dotted form "1.0.1.8.0.255" and the standard form "1-0:1.8.0*255".
/// </summary>
public readonly record struct ObisCode(byte A, byte B, byte C, byte D, byte E, byte F) : ISpanFormattable
{
    public const int Length = 6;

    public static ObisCode FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new DlmsProtocolException($"A logical name must be {Length} bytes, got {bytes.Length}");
        }

        return new ObisCode(bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5]);
    }

    public byte[] ToBytes() => [A, B, C, D, E, F];

    public void CopyTo(Span<byte> destination)
    {
        destination[0] = A;
        destination[1] = B;
        destination[2] = C;
        destination[3] = D;
        destination[4] = E;
        destination[5] = F;
    }

    /// <summary>
    /// Parses "A.B.C.D.E.F" or "A-B:C.D.E*F" (the "*F" part may be omitted and then means 255).
    /// Throws <see cref="FormatException"/> naming the text and both accepted forms.
    /// </summary>
    public static ObisCode Parse(string text)
    {
        if (TryParse(text, out var code))
        {
            return code;
        }

        throw new FormatException($"'{text}' is not an OBIS code; expected 'A.B.C.D.E.F' such as 1.0.1.8.0.255 or 'A-B:C.D.E*F' such as 1-0:1.8.0*255, each group 0-255");
    }

    public static bool TryParse(string? text, out ObisCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        string[] groups;
        if (trimmed.Contains('-', StringComparison.Ordinal) || trimmed.Contains(':', StringComparison.Ordinal))
        {
            // Standard form: A-B:C.D.E*F, F defaulting to 255.
            var dash = trimmed.IndexOf('-', StringComparison.Ordinal);
            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (dash <= 0 || colon <= dash + 1)
            {
                return false;
            }

            var rest = trimmed[(colon + 1)..];
            var star = rest.IndexOf('*', StringComparison.Ordinal);
            var cde = star < 0 ? rest : rest[..star];
            var f = star < 0 ? "255" : rest[(star + 1)..];
            var cdeGroups = cde.Split('.');
            if (cdeGroups.Length != 3)
            {
                return false;
            }

            groups = [trimmed[..dash], trimmed[(dash + 1)..colon], cdeGroups[0], cdeGroups[1], cdeGroups[2], f];
        }
        else
        {
            groups = trimmed.Split('.');
        }

        if (groups.Length != Length)
        {
            return false;
        }

        Span<byte> values = stackalloc byte[Length];
        for (var i = 0; i < Length; i++)
        {
            if (!byte.TryParse(groups[i], NumberStyles.None, CultureInfo.InvariantCulture, out values[i]))
            {
                return false;
            }
        }

        code = FromBytes(values);
        return true;
    }

    /// <summary>Formats as "A.B.C.D.E.F".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{A}.{B}.{C}.{D}.{E}.{F}");

    /// <summary>Formats as "A-B:C.D.E*F", the form of IEC 62056-6-1.</summary>
    public string ToStandardString() => string.Create(CultureInfo.InvariantCulture, $"{A}-{B}:{C}.{D}.{E}*{F}");

    public string ToString(string? format, IFormatProvider? formatProvider) =>
        format is "S" or "s" ? ToStandardString() : ToString();

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(format.ToString(), provider);
        if (text.Length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        text.CopyTo(destination);
        charsWritten = text.Length;
        return true;
    }
}
