using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Tests.Behaviour;

public class BillingTests
{
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    /// <summary>
    /// 48 half-hour slots of 0.03 kWh at 0.2642 per kWh (26.42 kopiykas) cost 0.7926 kopiyka each, 38.0448 in all.
    /// Rounding each slot to a whole kopiyka would take 48 and show 9.52; the exact balance shows 9.62.
    /// </summary>
    [Fact]
    public void SlotCostsCarrySubUnitRemainder()
    {
        var meter = TestMeters.CreateConstant(60, options => options with
        {
            InitialBalance = 1_000,
            UnitCharge = UnitCharge.FromChargesPerUnit(-4, 2642),
            TariffSchedule = TariffSchedule.Single(1),
            StepSeconds = 60,
        });

        var first = meter.Advance(HalfHour);
        Assert.Equal(30, first.EnergyTotalWh);
        Assert.Equal(1_000, first.Balance);
        Assert.Equal(0.7926m, first.PendingChargePerTariff[0]);

        for (var slot = 2; slot <= 48; slot++)
        {
            meter.Advance(HalfHour);
        }

        var day = meter.Meter.Snapshot();
        Assert.Equal(1_440, day.EnergyTotalWh);
        Assert.Equal(962, day.Balance);
        Assert.Equal(9.62m, TestMeters.Display(day.Balance));
        Assert.NotEqual(9.52m, TestMeters.Display(day.Balance));
        Assert.Equal(38, day.TotalAmountPaid);
        Assert.Equal(0.0448m, day.PendingChargePerTariff[0]);
    }

    [Fact]
    public void TariffAccountCarriesSubUnitRemainder()
    {
        var account = new TariffAccount();
        var slotCost = ChargeArithmetic.CostNumerator(108_000, 2642, new ChargePerUnitScaling(3, -4), -2);

        var collected = Enumerable.Range(0, 48).Sum(_ => account.Charge(108_000, slotCost));

        Assert.Equal(38, collected);
        Assert.Equal(38, account.MoneyCollected);
        Assert.Equal((Int128)161_280_000_000_000, account.ChargeRemainder);
        Assert.Equal(0.0448m, (decimal)account.ChargeRemainder / (decimal)ChargeArithmetic.Denominator);
    }

    /// <summary>48 slots of 0.028 kWh at 0.26416 per kWh: 35.503104 kopiykas, kept to the last digit.</summary>
    [Fact]
    public void FractionalPriceIsChargedExactly()
    {
        var meter = TestMeters.CreateConstant(56, options => options with
        {
            InitialBalance = 1_000,
            UnitCharge = UnitCharge.FromChargesPerUnit(-5, 26416),
            TariffSchedule = TariffSchedule.Single(1),
            StepSeconds = 60,
        });

        var day = meter.Advance(TimeSpan.FromDays(1));

        Assert.Equal(1_344, day.EnergyTotalWh);
        Assert.Equal(35, day.TotalAmountPaid);
        Assert.Equal(965, day.Balance);
        Assert.Equal(0.503104m, day.PendingChargePerTariff[0]);
        Assert.Equal(9.64496896m, TestMeters.Display(day.Balance) - (day.PendingChargePerTariff[0] / 100));
    }

    [Fact]
    public void SeveralDaysConserveMoneyPerTariff()
    {
        var meter = TestMeters.Create(TestMeters.Options() with { InitialBalance = 10_000_000, Seed = 7 });

        var end = meter.Advance(TimeSpan.FromDays(4));

        Assert.Equal(10_000_000 - end.TotalAmountPaid, end.Balance);
        Assert.Equal(end.TotalAmountPaid, end.MoneyCollectedPerTariff.Sum());
        Assert.True(end.MoneyCollectedPerTariff[0] > 0);
        Assert.True(end.MoneyCollectedPerTariff[1] > 0);
        Assert.Equal(0, end.MoneyCollectedPerTariff[2] + end.MoneyCollectedPerTariff[3]);

        // Every joule of each tariff was charged at that tariff's price: collected + remainder is the exact cost.
        var scaling = end.UnitChargeActive.Scaling;
        for (var tariff = 1; tariff <= 2; tariff++)
        {
            var ledger = meter.Meter.TariffLedger(tariff);
            var exactCost = ChargeArithmetic.CostNumerator(ledger.PrepaidJoules, end.UnitChargeActive.ChargePerUnitOf(tariff)!.Value, scaling, -2);

            Assert.Equal(exactCost, (ledger.Collected * ChargeArithmetic.Denominator) + ledger.Remainder);
            Assert.Equal(ledger.Joules, ledger.PrepaidJoules);
            Assert.Equal(ledger.Joules / 3600, end.EnergyPerTariffWh[tariff - 1]);
            Assert.True(ledger.Remainder < ChargeArithmetic.Denominator);
        }

        var totalJoules = meter.Meter.TariffLedger(1).Joules + meter.Meter.TariffLedger(2).Joules;
        Assert.Equal(totalJoules / 3600, end.EnergyTotalWh);
    }

    [Fact]
    public void DayAndNightEnergyFollowSchedule()
    {
        var meter = TestMeters.CreateConstant(1000, options => options with { InitialBalance = 1_000_000 });

        var day = meter.Advance(TimeSpan.FromDays(1));

        Assert.Equal(24_000, day.EnergyTotalWh);
        Assert.Equal([16_000, 8_000, 0, 0], day.EnergyPerTariffWh);
        Assert.Equal([16_000, 8_000, 0, 0], day.PrepaidEnergyPerTariffWh);

        // 16 kWh at 4.320 and 8 kWh at 2.160.
        Assert.Equal([6_912, 1_728, 0, 0], day.MoneyCollectedPerTariff);
        Assert.Equal(1_000_000 - 8_640, day.Balance);
    }

    [Fact]
    public void LocalTimeZoneDecidesTariff()
    {
        var kyivWinter = TimeZoneInfo.CreateCustomTimeZone("UTC+2", TimeSpan.FromHours(2), "UTC+2", "UTC+2");
        var meter = TestMeters.CreateConstant(1000, options => options with { TimeZone = kyivWinter }, TestMeters.Monday.AddHours(4));

        // 04:00-05:00 UTC is 06:00-07:00 local (night), 05:00-06:00 UTC is 07:00-08:00 local (day).
        var night = meter.Advance(TimeSpan.FromHours(1));
        var day = meter.Advance(TimeSpan.FromHours(1));

        Assert.Equal([0, 1_000, 0, 0], night.EnergyPerTariffWh);
        Assert.Equal([1_000, 1_000, 0, 0], day.EnergyPerTariffWh);
        Assert.Equal(8, day.MeterTime.Hour);
        Assert.Equal(TimeSpan.FromHours(2), day.MeterTime.Offset);
    }

    [Fact]
    public void FourTariffsCanBeScheduled()
    {
        var schedule = new TariffSchedule(
        [
            new TariffSwitch(new TimeOnly(0, 0), 4),
            new TariffSwitch(new TimeOnly(6, 0), 1),
            new TariffSwitch(new TimeOnly(12, 0), 2),
            new TariffSwitch(new TimeOnly(18, 0), 3),
        ]);
        var meter = TestMeters.CreateConstant(500, options => options with
        {
            TariffSchedule = schedule,
            UnitCharge = UnitCharge.FromChargesPerUnit(-3, 1000, 2000, 3000, 4000),
        });

        var day = meter.Advance(TimeSpan.FromDays(1));

        Assert.Equal([3_000, 3_000, 3_000, 3_000], day.EnergyPerTariffWh);
        Assert.Equal([300, 600, 900, 1_200], day.MoneyCollectedPerTariff);
    }

    [Fact]
    public void CreditModeCountsEnergyButChargesNothing()
    {
        var meter = TestMeters.CreateConstant(1000, options => options with { PaymentMode = PaymentMode.Credit });

        var day = meter.Advance(TimeSpan.FromDays(1));

        Assert.Equal(24_000, day.EnergyTotalWh);
        Assert.Equal(100_000, day.Balance);
        Assert.Equal([0L, 0, 0, 0], day.PrepaidEnergyPerTariffWh);
        Assert.Equal(0, day.TotalAmountPaid);
    }

    [Fact]
    public void NewPricesApplyFromWriteOn()
    {
        var meter = TestMeters.CreateConstant(1000, options => options with { TariffSchedule = TariffSchedule.Single(1) });

        meter.Advance(TimeSpan.FromHours(1));
        Assert.True(meter.Meter.SetPrices(-4, [1.5m]).IsApplied);
        var after = meter.Advance(TimeSpan.FromHours(1));

        // One kWh at 4.320, then one at 1.5000.
        Assert.Equal(432 + 150, after.TotalAmountPaid);
        Assert.Equal((short?)15_000, after.UnitChargeActive.ChargePerUnitOf(1));
        Assert.Equal(-4, after.UnitChargeActive.Scaling.PriceScale);
    }

    [Fact]
    public void PassivePricesActivateAtActivationTime()
    {
        var meter = TestMeters.CreateConstant(1000, options => options with { TariffSchedule = TariffSchedule.Single(1) });
        var passive = UnitCharge.FromChargesPerUnit(-3, 1000, 500);

        Assert.True(meter.Meter.SetUnitChargePassive(passive).IsApplied);
        Assert.True(meter.Meter.SetUnitChargeActivationTime(TestMeters.Monday.AddHours(1)).IsApplied);
        var before = meter.Advance(TimeSpan.FromMinutes(59));
        var after = meter.Advance(TimeSpan.FromMinutes(121));

        Assert.Equal((short?)4320, before.UnitChargeActive.ChargePerUnitOf(1));
        Assert.Equal(passive, after.UnitChargeActive);
        Assert.Null(after.UnitChargeActivationTime);

        // 1 kWh at 4.320 and 2 kWh at 1.000.
        Assert.Equal(432 + 200, after.TotalAmountPaid);
    }

    [Fact]
    public void ActivatePassiveCopiesPassiveToActive()
    {
        var meter = TestMeters.CreateConstant();
        var passive = UnitCharge.FromChargesPerUnit(-4, 3424, 1712);

        meter.Meter.SetUnitChargePassive(passive);
        Assert.True(meter.Meter.ActivatePassiveUnitCharge().IsApplied);

        Assert.Equal(passive, meter.Meter.Snapshot().UnitChargeActive);
    }

    [Fact]
    public void UpdateUnitChargeReplacesRowsByIndex()
    {
        var meter = TestMeters.CreateConstant();

        var result = meter.Meter.UpdateUnitCharge([new ChargeTableElement("T2", 999), new ChargeTableElement("T3", 1234)]);
        var snapshot = meter.Meter.Snapshot();

        Assert.True(result.IsApplied);
        Assert.Equal(
            [new ChargeTableElement("T1", 4320), new ChargeTableElement("T2", 999), new ChargeTableElement("T3", 1234)],
            snapshot.UnitChargePassive.ChargeTable);
        Assert.Equal((short?)2160, snapshot.UnitChargeActive.ChargePerUnitOf(2));
    }

    [Fact]
    public void LastCollectionRecordsWholeUnitsTaken()
    {
        var meter = TestMeters.CreateConstant(3600, options => options with { TariffSchedule = TariffSchedule.Single(1) });

        var snapshot = meter.Advance(TimeSpan.FromMinutes(1));

        // 3600 W for 1 s is 1 Wh, 0.432 kopiyka: every third second or so takes one kopiyka.
        Assert.Equal(1, snapshot.LastCollectionAmount);
        Assert.NotNull(snapshot.LastCollectionTime);
        Assert.Equal(60, snapshot.EnergyTotalWh);
        Assert.Equal(25, snapshot.TotalAmountPaid);
    }
}
