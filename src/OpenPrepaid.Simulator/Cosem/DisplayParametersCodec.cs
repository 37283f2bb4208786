using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// The display parameters value (0.0.96.50.4.255): {items bit-string(16), seconds_per_item unsigned,
/// energy_decimals unsigned}, with item bit 0 in the most significant bit of the first byte.
/// </summary>
internal static class DisplayParametersCodec
{
    public static StructureData Encode(DisplayParameters display) => new(
        new BitStringData(BitStrings.ToMsbFirst((ushort)display.Items, DisplayParameters.ItemBitCount), DisplayParameters.ItemBitCount),
        new UnsignedData(display.SecondsPerItem),
        new UnsignedData(display.EnergyDecimals));

    /// <summary>Decodes a value of the right shape; the meter checks the ranges when it is written.</summary>
    public static DisplayParameters Decode(StructureData value)
    {
        var items = (BitStringData)value[0];
        return new DisplayParameters(
            (DisplayItems)BitStrings.FromMsbFirst(items.Bytes, DisplayParameters.ItemBitCount),
            ((UnsignedData)value[1]).Value,
            ((UnsignedData)value[2]).Value);
    }
}
