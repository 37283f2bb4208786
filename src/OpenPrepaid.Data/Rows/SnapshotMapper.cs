using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Data.Rows;

internal static class SnapshotMapper
{
    public const int MaxErrorLength = 1000;

    public static SnapshotRow ToRow(MeterSnapshot snapshot)
    {
        var row = new SnapshotRow
        {
            Serial = snapshot.Serial,
            ReadAt = snapshot.ReadAt,
            Status = (int)snapshot.Status,
            FailureKind = (int?)snapshot.FailureKind,
            Error = snapshot.Error is { Length: > MaxErrorLength } error ? error[..MaxErrorLength] : snapshot.Error,
        };

        if (snapshot.Reading is not { } reading)
        {
            return row;
        }

        row.Model = reading.Model;
        row.Balance = reading.Balance;
        row.Currency = reading.Currency;
        row.LastTopUpAmount = reading.LastTopUpAmount;
        row.LastTopUpTime = reading.LastTopUpTime;
        row.RelayConnected = reading.RelayConnected;
        row.RelayControlState = (int?)reading.RelayControlState;
        row.RelayControlMode = reading.RelayControlMode;
        row.EnergyTotalKwh = reading.EnergyTotalKwh;
        (row.EnergyT1Kwh, row.EnergyT2Kwh, row.EnergyT3Kwh, row.EnergyT4Kwh) = Split(reading.EnergyKwh);
        (row.PrepaidEnergyT1Kwh, row.PrepaidEnergyT2Kwh, row.PrepaidEnergyT3Kwh, row.PrepaidEnergyT4Kwh) = Split(reading.PrepaidEnergyKwh);
        (row.PrepaidCostT1, row.PrepaidCostT2, row.PrepaidCostT3, row.PrepaidCostT4) = Split(reading.PrepaidCost);
        row.MoneyCollected = reading.MoneyCollected;
        row.ActivePowerKw = reading.ActivePowerKw;
        row.TemperatureCelsius = reading.TemperatureCelsius;
        row.Clock = reading.Clock;
        row.ClockOffsetMinutes = reading.Clock is { } clock ? (int)clock.Offset.TotalMinutes : null;
        row.TokenSequence = reading.TokenSequence;
        row.LastTokenStatus = (int?)reading.LastTokenStatus;

        if (reading.Settings is { } settings)
        {
            (row.PriceT1, row.PriceT2, row.PriceT3, row.PriceT4) = Split(settings.Prices);
            row.DisplayItems = (int?)settings.DisplayItems;
            row.DisplaySecondsPerItem = settings.DisplaySecondsPerItem;
            row.DisplayEnergyDecimals = settings.DisplayEnergyDecimals;
            row.PowerLimitKw = settings.PowerLimitKw;
            row.SwitchOffThreshold = settings.SwitchOffThreshold;
            row.NeverSwitchOff = settings.NeverSwitchOff;
            row.NoSwitchOffOnSaturday = settings.NoSwitchOffOnSaturday;
            row.NoSwitchOffOnSunday = settings.NoSwitchOffOnSunday;
        }

        return row;
    }

    public static MeterSnapshot ToSnapshot(SnapshotRow row)
    {
        var status = (ReadStatus)row.Status;
        return new MeterSnapshot
        {
            Serial = row.Serial,
            ReadAt = row.ReadAt,
            Status = status,
            FailureKind = (MeterFailureKind?)row.FailureKind,
            Error = row.Error,
            Reading = status == ReadStatus.Ok ? ToReading(row) : null,
        };
    }

    private static MeterReading ToReading(SnapshotRow row) => new()
    {
        Model = row.Model,
        Balance = row.Balance,
        Currency = row.Currency,
        LastTopUpAmount = row.LastTopUpAmount,
        LastTopUpTime = row.LastTopUpTime,
        RelayConnected = row.RelayConnected,
        RelayControlState = (RelayControlState?)row.RelayControlState,
        RelayControlMode = row.RelayControlMode,
        EnergyTotalKwh = row.EnergyTotalKwh,
        EnergyKwh = Join(row.EnergyT1Kwh, row.EnergyT2Kwh, row.EnergyT3Kwh, row.EnergyT4Kwh),
        PrepaidEnergyKwh = Join(row.PrepaidEnergyT1Kwh, row.PrepaidEnergyT2Kwh, row.PrepaidEnergyT3Kwh, row.PrepaidEnergyT4Kwh),
        PrepaidCost = Join(row.PrepaidCostT1, row.PrepaidCostT2, row.PrepaidCostT3, row.PrepaidCostT4),
        MoneyCollected = row.MoneyCollected,
        ActivePowerKw = row.ActivePowerKw,
        TemperatureCelsius = row.TemperatureCelsius,
        Clock = row.Clock is { } clock && row.ClockOffsetMinutes is { } offset
            ? clock.ToOffset(TimeSpan.FromMinutes(offset))
            : row.Clock,
        Settings = ToSettings(row),
        TokenSequence = row.TokenSequence,
        LastTokenStatus = (TokenStatusCode?)row.LastTokenStatus,
    };

    private static MeterSettings? ToSettings(SnapshotRow row)
    {
        var prices = Join(row.PriceT1, row.PriceT2, row.PriceT3, row.PriceT4);
        var any = prices is not null || row.DisplayItems is not null || row.DisplaySecondsPerItem is not null
            || row.DisplayEnergyDecimals is not null || row.PowerLimitKw is not null || row.SwitchOffThreshold is not null
            || row.NeverSwitchOff is not null || row.NoSwitchOffOnSaturday is not null || row.NoSwitchOffOnSunday is not null;
        if (!any)
        {
            return null;
        }

        return new MeterSettings
        {
            Prices = prices,
            DisplayItems = (DisplayItems?)row.DisplayItems,
            DisplaySecondsPerItem = row.DisplaySecondsPerItem,
            DisplayEnergyDecimals = row.DisplayEnergyDecimals,
            PowerLimitKw = row.PowerLimitKw,
            SwitchOffThreshold = row.SwitchOffThreshold,
            NeverSwitchOff = row.NeverSwitchOff,
            NoSwitchOffOnSaturday = row.NoSwitchOffOnSaturday,
            NoSwitchOffOnSunday = row.NoSwitchOffOnSunday,
        };
    }

    private static (decimal?, decimal?, decimal?, decimal?) Split(TariffValues? values) =>
        values is null ? (null, null, null, null) : (values.Tariff1, values.Tariff2, values.Tariff3, values.Tariff4);

    private static TariffValues? Join(decimal? t1, decimal? t2, decimal? t3, decimal? t4) =>
        t1 is null && t2 is null && t3 is null && t4 is null ? null : new TariffValues(t1, t2, t3, t4);
}
