using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Settings;
using MeterItems = OpenPrepaid.Meters.Prepaid.DisplayItems;
using SimulatedState = OpenPrepaid.Simulator.Behaviour.MeterSnapshot;

namespace OpenPrepaid.Meters.Tests.Driver.Support;

/// <summary>
/// What a read of a simulated meter must return, computed from the meter's own state with plain decimal
/// arithmetic: money in kopiykas / 100, energy in Wh / 1000, power in W / 1000, temperature in tenths / 10.
/// </summary>
internal static class ExpectedReading
{
    public static MeterReading From(SimulatedState state) => new()
    {
        Model = state.ModelName,
        Balance = state.Balance / 100m,
        Currency = state.Currency.Name,
        LastTopUpAmount = state.LastTopUpAmount / 100m,
        LastTopUpTime = state.LastTopUpTime,
        RelayConnected = state.OutputState,
        RelayControlState = (RelayControlState)(int)state.ControlState,
        RelayControlMode = state.ControlMode,
        EnergyTotalKwh = state.EnergyTotalWh / 1000m,
        EnergyKwh = PerTariff(state.EnergyPerTariffWh, 1000m),
        PrepaidEnergyKwh = PerTariff(state.PrepaidEnergyPerTariffWh, 1000m),
        PrepaidCost = PerTariff(state.MoneyCollectedPerTariff, 100m),
        MoneyCollected = state.TotalAmountPaid / 100m,
        ActivePowerKw = state.ActivePowerWatts / 1000m,
        TemperatureCelsius = state.InternalTemperatureTenths / 10m,
        Clock = state.MeterTime,
        Settings = Settings(state),
        TokenSequence = state.LastTokenSequence,
        LastTokenStatus = (TokenStatusCode)(int)state.TokenStatus.Code,
    };

    public static MeterSettings Settings(SimulatedState state) => new()
    {
        Prices = new TariffValues(state.UnitChargeActive.PriceOf(1), state.UnitChargeActive.PriceOf(2), state.UnitChargeActive.PriceOf(3), state.UnitChargeActive.PriceOf(4)),
        DisplayItems = DisplayItemsOf(state.Display.Items),
        DisplaySecondsPerItem = state.Display.SecondsPerItem,
        DisplayEnergyDecimals = state.Display.EnergyDecimals,
        PowerLimitKw = state.PowerLimitWatts / 1000m,
        SwitchOffThreshold = state.CreditLimit / 100m,
        NeverSwitchOff = state.NeverSwitchOff,
        NoSwitchOffOnSaturday = state.NoSwitchOffOnSaturday,
        NoSwitchOffOnSunday = state.NoSwitchOffOnSunday,
    };

    /// <summary>The profile's items for the meter's, written out item by item from the model's bit list.</summary>
    private static DisplayItems DisplayItemsOf(MeterItems items)
    {
        var result = DisplayItems.None;
        result |= items.HasFlag(MeterItems.Balance) ? DisplayItems.Balance : 0;
        result |= items.HasFlag(MeterItems.EnergyTotal) ? DisplayItems.EnergyTotal : 0;
        result |= (items & (MeterItems.EnergyTariff1 | MeterItems.EnergyTariff2 | MeterItems.EnergyTariff3 | MeterItems.EnergyTariff4)) != 0
            ? DisplayItems.EnergyPerTariff
            : 0;
        result |= items.HasFlag(MeterItems.ActivePower) ? DisplayItems.ActivePower : 0;
        result |= items.HasFlag(MeterItems.DateTime) ? DisplayItems.Clock | DisplayItems.Date : 0;
        result |= items.HasFlag(MeterItems.LastTopUp) ? DisplayItems.LastTopUp : 0;
        result |= items.HasFlag(MeterItems.RelayState) ? DisplayItems.RelayState : 0;
        result |= items.HasFlag(MeterItems.Temperature) ? DisplayItems.Temperature : 0;
        result |= items.HasFlag(MeterItems.ActivePrice) ? DisplayItems.TariffPrice : 0;
        return result;
    }

    private static TariffValues PerTariff(IReadOnlyList<long> values, decimal divisor) =>
        new(values[0] / divisor, values[1] / divisor, values[2] / divisor, values[3] / divisor);
}
