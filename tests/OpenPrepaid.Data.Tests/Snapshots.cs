using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Data.Tests;

internal static class Snapshots
{
    /// <summary>A snapshot with every field set, including a balance below the cent and a meter clock two hours east of UTC.</summary>
    public static MeterSnapshot Full(string serial, DateTimeOffset readAt) => MeterSnapshot.Ok(serial, readAt, new MeterReading
    {
        Model = "reference",
        Balance = 9.619552m,
        Currency = "UAH",
        LastTopUpAmount = 500m,
        LastTopUpTime = readAt.AddDays(-2),
        RelayConnected = false,
        RelayControlState = RelayControlState.ReadyForReconnection,
        RelayControlMode = 1,
        EnergyTotalKwh = 12345.678m,
        EnergyKwh = new TariffValues(10000.001m, 2345.677m, null, 0m),
        PrepaidEnergyKwh = new TariffValues(1.5m, 2.25m, 0m, 0m),
        PrepaidCost = new TariffValues(6.48m, 4.86m, 0m, 0m),
        MoneyCollected = 11.34m,
        ActivePowerKw = 2.345m,
        TemperatureCelsius = -4.5m,
        Clock = new DateTimeOffset(2026, 12, 4, 14, 0, 5, TimeSpan.FromHours(2)),
        Settings = new MeterSettings
        {
            Prices = new TariffValues(4.3200m, 2.1600m, 0.3424m, null),
            DisplayItems = DisplayItems.Balance | DisplayItems.Clock,
            DisplaySecondsPerItem = 10,
            DisplayEnergyDecimals = 2,
            PowerLimitKw = 5.5m,
            SwitchOffThreshold = -20m,
            NeverSwitchOff = false,
            NoSwitchOffOnSaturday = true,
            NoSwitchOffOnSunday = null,
        },
        TokenSequence = 17,
        LastTokenStatus = TokenStatusCode.ExecutionOk,
    });
}
