using System.Collections.Frozen;

namespace OpenPrepaid.Meters.Models;

/// <summary>
/// Symbols a model file may use for the unit of a scaler_unit, with their values in the unit
/// enumeration of IEC 62056-6-2. A model file may also give the number itself.
/// </summary>
public static class CosemUnits
{
    public const byte Second = 7;
    public const byte DegreeCelsius = 9;
    public const byte Currency = 10;
    public const byte Watt = 27;
    public const byte VoltAmpere = 28;
    public const byte Var = 29;
    public const byte WattHour = 30;
    public const byte Ampere = 33;
    public const byte Volt = 35;
    public const byte Hertz = 44;
    public const byte Count = 255;

    private static readonly FrozenDictionary<string, byte> BySymbol = new Dictionary<string, byte>
    {
        ["s"] = Second,
        ["°C"] = DegreeCelsius,
        ["currency"] = Currency,
        ["W"] = Watt,
        ["VA"] = VoltAmpere,
        ["var"] = Var,
        ["Wh"] = WattHour,
        ["A"] = Ampere,
        ["V"] = Volt,
        ["Hz"] = Hertz,
        ["count"] = Count,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every symbol a model file may use.</summary>
    public static IEnumerable<string> Symbols => BySymbol.Keys.Order(StringComparer.Ordinal);

    public static bool TryParse(string symbol, out byte unit) => BySymbol.TryGetValue(symbol, out unit);
}
