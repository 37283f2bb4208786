using OpenPrepaid.Core.Settings;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Meters.Driver;

/// <summary>The prepaid settings in a meter: which attributes hold them and how they read as <see cref="MeterSettings"/>.</summary>
internal static class SettingsReader
{
    /// <summary>Attributes of the settings; the currency scales the switch-off threshold.</summary>
    public static IReadOnlyList<ModelAttribute> Attributes { get; } =
    [
        ModelAttributes.Currency,
        ModelAttributes.UnitChargeActive,
        ModelAttributes.DisplayParameters,
        ModelAttributes.ThresholdActive,
        ModelAttributes.CreditLimit,
        ModelAttributes.NeverSwitchOff,
        ModelAttributes.NoSwitchOffOnSaturday,
        ModelAttributes.NoSwitchOffOnSunday,
    ];

    /// <summary>Returns the settings read, or null when the client could read none of them (the public client).</summary>
    public static MeterSettings? ToSettings(AttributeValues values, Currency? currency)
    {
        var display = ReadDisplay(values[ModelAttributes.DisplayParameters]);
        var settings = new MeterSettings
        {
            Prices = UnitChargeData.ReadPrices(values[ModelAttributes.UnitChargeActive], "Charge unit_charge_active"),
            DisplayItems = display is null ? null : DisplayItemsMap.ToProfile(display.Items),
            DisplaySecondsPerItem = display?.SecondsPerItem,
            DisplayEnergyDecimals = display?.EnergyDecimals,
            PowerLimitKw = ValueReader.Scaled(values[ModelAttributes.ThresholdActive], Kilowatts, "Limiter threshold_active"),
            SwitchOffThreshold = currency is null
                ? null
                : ValueReader.Scaled(values[ModelAttributes.CreditLimit], new ScalerUnit(currency.Scale, CosemUnits.Currency), "Credit limit"),
            NeverSwitchOff = ValueReader.Boolean(values[ModelAttributes.NeverSwitchOff], "never switch off"),
            NoSwitchOffOnSaturday = ValueReader.Boolean(values[ModelAttributes.NoSwitchOffOnSaturday], "no switch-off on Saturday"),
            NoSwitchOffOnSunday = ValueReader.Boolean(values[ModelAttributes.NoSwitchOffOnSunday], "no switch-off on Sunday"),
        };

        return settings == new MeterSettings() ? null : settings;
    }

    /// <summary>The Limiter threshold counts W; a power limit is in kW.</summary>
    public static ScalerUnit Kilowatts { get; } = new(-3, CosemUnits.Watt);

    /// <summary>Reads structure {items bit-string(16), seconds_per_item unsigned, energy_decimals unsigned}.</summary>
    public static DisplayParameters? ReadDisplay(DlmsData? data)
    {
        const string What = "display parameters";
        var structure = ValueReader.Structure(data, 3, What);
        if (structure is null)
        {
            return null;
        }

        if (structure[0] is not BitStringData items)
        {
            throw new Dlms.DlmsProtocolException($"{What} items is {structure[0].Type}; expected a bit-string");
        }

        var flags = (Prepaid.DisplayItems)BitStrings.FromMsbFirst(items.Bytes, Math.Min(items.BitCount, DisplayParameters.ItemBitCount));
        var seconds = ValueReader.Integer(structure[1], What + " seconds_per_item")!.Value;
        var decimals = ValueReader.Integer(structure[2], What + " energy_decimals")!.Value;
        if (seconds is < 0 or > byte.MaxValue || decimals is < 0 or > byte.MaxValue)
        {
            throw new Dlms.DlmsProtocolException($"{What} has seconds_per_item {seconds} and energy_decimals {decimals}; expected unsigned values");
        }

        return new DisplayParameters(flags, (byte)seconds, (byte)decimals);
    }

    /// <summary>Builds the display parameters value a profile writes.</summary>
    public static StructureData BuildDisplay(DisplayParameters display) => new(
        new BitStringData(BitStrings.ToMsbFirst((ushort)display.Items, DisplayParameters.ItemBitCount), DisplayParameters.ItemBitCount),
        new UnsignedData(display.SecondsPerItem),
        new UnsignedData(display.EnergyDecimals));
}
