using System.Globalization;
using System.Numerics;
using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Cosem;

/// <summary>
/// The scaler_unit of a Register (class 3) or Extended register (class 4): physical value = raw value ×
/// 10^<see cref="Scaler"/> (IEC 62056-6-2), in <see cref="Unit"/> (the unit enumeration, e.g. 27 W, 30 Wh,
/// 255 count). The scaler is a signed Integer8, so the byte 0xFF is -1. Scaling is exact decimal arithmetic.
/// </summary>
public readonly record struct ScalerUnit(sbyte Scaler, byte Unit)
{
    /// <summary>Largest number of decimal places a <see cref="decimal"/> holds.</summary>
    private const int MaxDecimalScale = 28;

    /// <summary>Largest magnitude of the 96-bit integer inside a <see cref="decimal"/>.</summary>
    private static readonly BigInteger MaxDecimalMantissa = (BigInteger.One << 96) - 1;

    /// <summary>
    /// Reads the attribute value structure { scaler integer, unit enum }, as in 02 02 0F FF 16 1E (scaler -1,
    /// unit 30 Wh). Throws <see cref="DlmsProtocolException"/> when the value has another shape.
    /// </summary>
    public static ScalerUnit FromData(DlmsData data)
    {
        ArgumentNullException.ThrowIfNull(data);

        var structure = data.As<StructureData>();
        if (structure.Count != 2)
        {
            throw new DlmsProtocolException($"scaler_unit must be a structure of 2 members, got {structure.Count}");
        }

        return new ScalerUnit(structure[0].As<IntegerData>().Value, structure[1].As<EnumData>().Value);
    }

    /// <summary>Returns the attribute value structure { scaler integer, unit enum }.</summary>
    public StructureData ToData() => new(new IntegerData(Scaler), new EnumData(Unit));

    /// <summary>
    /// Returns the physical value raw × 10^<see cref="Scaler"/> exactly: raw 12345 with scaler -1 is 1234.5.
    /// Throws <see cref="DlmsProtocolException"/> when the result does not fit a <see cref="decimal"/> exactly
    /// (more than 28 decimal places, or a magnitude above about 7.9e28).
    /// </summary>
    public decimal Scale(Int128 raw)
    {
        if (raw == Int128.Zero)
        {
            return 0m;
        }

        var mantissa = (BigInteger)raw;
        if (Scaler >= 0)
        {
            var product = mantissa * BigInteger.Pow(10, Scaler);
            if (BigInteger.Abs(product) > MaxDecimalMantissa)
            {
                throw new DlmsProtocolException(Invariant($"{raw} × 10^{Scaler} is larger than a decimal can hold"));
            }

            return ToDecimal(product, 0);
        }

        // Trailing zeros of the raw value can absorb places beyond what a decimal holds: 100 × 10^-30 = 10^-28.
        var scale = -Scaler;
        while (scale > MaxDecimalScale && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        if (scale > MaxDecimalScale || BigInteger.Abs(mantissa) > MaxDecimalMantissa)
        {
            throw new DlmsProtocolException(Invariant($"{raw} × 10^{Scaler} has more digits than a decimal can hold exactly"));
        }

        return ToDecimal(mantissa, scale);
    }

    /// <summary>
    /// Returns the raw value that represents <paramref name="value"/>, value × 10^-<see cref="Scaler"/>: 1234.5
    /// with scaler -1 is 12345. Throws <see cref="ArgumentException"/> when the value has more precision than the
    /// scaler allows (1234.55 with scaler -1), so a value is never rounded silently, and
    /// <see cref="ArgumentOutOfRangeException"/> when the raw value would not fit an <see cref="Int128"/>.
    /// </summary>
    public Int128 Unscale(decimal value)
    {
        // value = mantissa × 10^-scale, so raw = mantissa × 10^(-scale - Scaler).
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        if (value < 0)
        {
            mantissa = -mantissa;
        }

        var exponent = -value.Scale - Scaler;
        BigInteger raw;
        if (exponent >= 0)
        {
            raw = mantissa * BigInteger.Pow(10, exponent);
        }
        else
        {
            raw = BigInteger.DivRem(mantissa, BigInteger.Pow(10, -exponent), out var remainder);
            if (!remainder.IsZero)
            {
                throw new ArgumentException(
                    Invariant($"{value} has more precision than scaler {Scaler} allows: the meter stores whole multiples of 10^{Scaler}"),
                    nameof(value));
            }
        }

        if (raw < (BigInteger)Int128.MinValue || raw > (BigInteger)Int128.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, Invariant($"{value} × 10^{-Scaler} does not fit a 128-bit raw value"));
        }

        return (Int128)raw;
    }

    public override string ToString() => Invariant($"scaler {Scaler} unit {Unit}");

    private static decimal ToDecimal(BigInteger mantissa, int scale)
    {
        var magnitude = BigInteger.Abs(mantissa);
        var low = unchecked((int)(uint)(magnitude & uint.MaxValue));
        var middle = unchecked((int)(uint)((magnitude >> 32) & uint.MaxValue));
        var high = unchecked((int)(uint)(magnitude >> 64));
        return new decimal(low, middle, high, mantissa.Sign < 0, (byte)scale);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
