using OpenPrepaid.Core.Readings;
using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Meters.Driver;

/// <summary>
/// What a snapshot reads and how the values become a <see cref="MeterReading"/>: money scaled by the Account's
/// currency, energy in kWh, power in kW and temperature in °C, each exactly (raw × 10^scaler in decimal).
/// </summary>
internal static class SnapshotReader
{
    private static readonly ModelAttribute[] Fixed =
    [
        ModelAttributes.SerialNumber,
        ModelAttributes.ModelName,
        ModelAttributes.ClockTime,
        ModelAttributes.AvailableCredit,
        ModelAttributes.TotalAmountPaid,
        ModelAttributes.LastTopUpAmount,
        ModelAttributes.LastTopUpTime,
        ModelAttributes.OutputState,
        ModelAttributes.ControlState,
        ModelAttributes.ControlMode,
        ModelAttributes.EnergyTotal,
        ModelAttributes.ActivePower,
        ModelAttributes.Temperature,
        .. TokenState.Attributes,
    ];

    /// <summary>Every attribute a snapshot needs, scaler_units included when they are read from the meter.</summary>
    public static IReadOnlyList<ModelAttribute> Attributes(ModelMap map, ScalerSource scalerSource)
    {
        var wanted = new List<ModelAttribute>(Fixed);
        for (var tariff = 1; tariff <= Tariffs.MaxCount; tariff++)
        {
            wanted.Add(ModelAttributes.EnergyTariff(tariff));
            wanted.Add(ModelAttributes.PrepaidEnergyTariff(tariff));
            wanted.Add(ModelAttributes.MoneyCollectedTariff(tariff));
        }

        wanted.AddRange(SettingsReader.Attributes);
        if (scalerSource == ScalerSource.Meter)
        {
            var registers = wanted.Where(id => id.Index == ModelAttributes.RegisterValue && map.StaticScalerUnit(id.Key) is not null).ToList();
            wanted.AddRange(registers.Select(id => new ModelAttribute(id.Key, ModelAttributes.RegisterScalerUnit)));
        }

        return wanted.Distinct().ToList();
    }

    public static MeterReading ToReading(AttributeValues values, ModelMap map, string serial, DeviationConvention convention)
    {
        var currency = Currency.FromData(values[ModelAttributes.Currency], "Account currency");
        var money = currency is null ? (ScalerUnit?)null : new ScalerUnit(currency.Scale, CosemUnits.Currency);
        var tokens = TokenState.Resolve(values, serial);

        return new MeterReading
        {
            Model = ValueReader.Text(values[ModelAttributes.ModelName], "model"),
            Balance = money is { } scale ? ValueReader.Scaled(values[ModelAttributes.AvailableCredit], scale, "Account available_credit") : null,
            Currency = currency?.Name,
            LastTopUpAmount = Money(values, map, ModelAttributes.LastTopUpAmount),
            LastTopUpTime = ValueReader.DateTime(values[ModelAttributes.LastTopUpTime], convention, "last top-up capture_time"),
            RelayConnected = ValueReader.Boolean(values[ModelAttributes.OutputState], "Disconnect control output_state"),
            RelayControlState = ReadControlState(values[ModelAttributes.ControlState]),
            RelayControlMode = (int?)ValueReader.Integer(values[ModelAttributes.ControlMode], "Disconnect control control_mode"),
            EnergyTotalKwh = Kilo(values, map, ModelAttributes.EnergyTotal, CosemUnits.WattHour),
            EnergyKwh = PerTariff(tariff => Kilo(values, map, ModelAttributes.EnergyTariff(tariff), CosemUnits.WattHour)),
            PrepaidEnergyKwh = PerTariff(tariff => Kilo(values, map, ModelAttributes.PrepaidEnergyTariff(tariff), CosemUnits.WattHour)),
            PrepaidCost = PerTariff(tariff => Money(values, map, ModelAttributes.MoneyCollectedTariff(tariff))),
            MoneyCollected = money is { } total ? ValueReader.Scaled(values[ModelAttributes.TotalAmountPaid], total, "Charge total_amount_paid") : null,
            ActivePowerKw = Kilo(values, map, ModelAttributes.ActivePower, CosemUnits.Watt),
            TemperatureCelsius = Register(values, map, ModelAttributes.Temperature, CosemUnits.DegreeCelsius, 0),
            Clock = ValueReader.DateTime(values[ModelAttributes.ClockTime], convention, "Clock time"),
            Settings = SettingsReader.ToSettings(values, currency),
            TokenSequence = tokens.Sequence,
            LastTokenStatus = tokens.Status,
        };
    }

    /// <summary>Checks that the meter on this address is the meter of the register entry, when its serial was read.</summary>
    public static void CheckSerial(AttributeValues values, string expected)
    {
        var actual = ValueReader.Text(values[ModelAttributes.SerialNumber], "serial number");
        if (actual is not null && !string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw new Core.Driver.MeterExchangeException(
                expected,
                Core.Driver.MeterFailureKind.Other,
                $"wrong meter: the meter at this address reports serial '{actual}'; check the meter's address in the register");
        }
    }

    private static RelayControlState? ReadControlState(DlmsData? data)
    {
        var value = ValueReader.Integer(data, "Disconnect control control_state");
        return value switch
        {
            null => null,
            >= 0 and <= 2 => (RelayControlState)value.Value,
            _ => throw new DlmsProtocolException($"Disconnect control control_state is {value}; expected 0 (disconnected), 1 (connected) or 2 (ready for reconnection)"),
        };
    }

    private static decimal? Money(AttributeValues values, ModelMap map, ModelAttribute id) =>
        ValueReader.Scaled(values[id], ScalerUnitOf(values, map, id.Key), $"{id.Key} value");

    private static decimal? Kilo(AttributeValues values, ModelMap map, ModelAttribute id, byte unit) => Register(values, map, id, unit, 3);

    private static decimal? Register(AttributeValues values, ModelMap map, ModelAttribute id, byte unit, int unitExponent)
    {
        var value = values[id];
        return value is null ? null : ValueReader.ScaledInUnit(value, ScalerUnitOf(values, map, id.Key), unit, unitExponent, $"{id.Key} value");
    }

    /// <summary>The scaler_unit read from the meter when it was, else the model's.</summary>
    private static ScalerUnit ScalerUnitOf(AttributeValues values, ModelMap map, string key)
    {
        if (values[new ModelAttribute(key, ModelAttributes.RegisterScalerUnit)] is { } read)
        {
            return ScalerUnit.FromData(read);
        }

        return map.StaticScalerUnit(key)
            ?? throw new DlmsProtocolException($"model '{map.Model.Name}' gives no scaler_unit for {key}");
    }

    private static TariffValues? PerTariff(Func<int, decimal?> valueOf)
    {
        var values = Enumerable.Range(1, Tariffs.MaxCount).Select(valueOf).ToArray();
        return values.All(value => value is null) ? null : new TariffValues(values[0], values[1], values[2], values[3]);
    }
}
