using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Tests.Behaviour;

public class SettingsTests
{
    /// <summary>0.3424 per kWh at price scale -4 is charge_per_unit 3424; 4.25 at -4 would be 42500 and is rejected whole.</summary>
    [Fact]
    public void PriceScaleIsExactAndNeverWraps()
    {
        var meter = TestMeters.CreateConstant();

        var fits = meter.Meter.SetPrices(-4, [0.3424m, 0.1712m]);
        var overflows = meter.Meter.SetPrices(-4, [0.3424m, 4.25m]);
        var coarser = meter.Meter.SetPrices(-3, [4.25m]);
        var snapshot = meter.Meter.Snapshot();

        Assert.True(fits.IsApplied);
        Assert.False(overflows.IsApplied);
        Assert.Contains("tariff 2", overflows.Rejection, StringComparison.Ordinal);
        Assert.Contains("42500", overflows.Rejection, StringComparison.Ordinal);
        Assert.True(coarser.IsApplied);
        Assert.Equal((short?)4250, snapshot.UnitChargeActive.ChargePerUnitOf(1));
        Assert.Equal(-3, snapshot.UnitChargeActive.Scaling.PriceScale);
        Assert.Equal(4.25m, snapshot.UnitChargeActive.PriceOf(1));
    }

    [Fact]
    public void RejectedPriceLeavesTableUnchanged()
    {
        var meter = TestMeters.CreateConstant();
        meter.Meter.SetPrices(-4, [0.3424m]);

        meter.Meter.SetPrices(-4, [4.25m]);

        Assert.Equal((short?)3424, meter.Meter.Snapshot().UnitChargeActive.ChargePerUnitOf(1));
    }

    [Theory]
    [InlineData("T5", 100, "T1-T4")]
    [InlineData("T1", -1, "negative")]
    public void InvalidChargeTableIsRejected(string index, short chargePerUnit, string expected)
    {
        var meter = TestMeters.CreateConstant();
        var unitCharge = UnitCharge.FromChargesPerUnit(-4, 100) with { ChargeTable = [new ChargeTableElement(index, chargePerUnit)] };

        var result = meter.Meter.SetUnitChargeActive(unitCharge);

        Assert.False(result.IsApplied);
        Assert.Contains(expected, result.Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherCommodityIsRejected()
    {
        var meter = TestMeters.CreateConstant();
        var unitCharge = UnitCharge.FromChargesPerUnit(-4, 100) with { Commodity = CosemAttributeReference.ActivePowerImport };

        Assert.False(meter.Meter.SetUnitChargeActive(unitCharge).IsApplied);
    }

    [Fact]
    public void ScalingTooFarFromCurrencyIsRejected()
    {
        var meter = TestMeters.CreateConstant();
        var unitCharge = UnitCharge.FromChargesPerUnit(-4, 100) with { Scaling = new ChargePerUnitScaling(3, -20) };

        Assert.Contains("decades", meter.Meter.SetUnitChargeActive(unitCharge).Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void DisplayParametersAreValidated()
    {
        var meter = TestMeters.CreateConstant();
        var display = new DisplayParameters(DisplayItems.Balance | DisplayItems.EnergyTariff1, 60, 3);

        Assert.True(meter.Meter.SetDisplayParameters(display).IsApplied);
        Assert.False(meter.Meter.SetDisplayParameters(display with { SecondsPerItem = 61 }).IsApplied);
        Assert.False(meter.Meter.SetDisplayParameters(display with { EnergyDecimals = 4 }).IsApplied);
        Assert.Equal(display, meter.Meter.Snapshot().Display);
    }

    [Fact]
    public void RelayRulesAreReadBack()
    {
        var meter = TestMeters.CreateConstant();

        meter.Meter.SetNeverSwitchOff(true);
        meter.Meter.SetNoSwitchOffOnSaturday(true);
        meter.Meter.SetNoSwitchOffOnSunday(true);
        meter.Meter.SetCreditLimit(-5_000);
        meter.Meter.SetWarningThreshold(20_000);
        meter.Meter.SetPowerLimit(7_500);
        meter.Meter.SetMinOverThresholdDuration(30);
        meter.Meter.SetMinUnderThresholdDuration(300);
        var snapshot = meter.Meter.Snapshot();

        Assert.True(snapshot.NeverSwitchOff);
        Assert.True(snapshot.NoSwitchOffOnSaturday);
        Assert.True(snapshot.NoSwitchOffOnSunday);
        Assert.Equal(-5_000, snapshot.CreditLimit);
        Assert.Equal(20_000, snapshot.WarningThreshold);
        Assert.Equal(7_500u, snapshot.PowerLimitWatts);
        Assert.Equal(30u, snapshot.MinOverThresholdSeconds);
        Assert.Equal(300u, snapshot.MinUnderThresholdSeconds);
    }

    [Fact]
    public void ControlModeOutsideTableIsRejected()
    {
        var meter = TestMeters.CreateConstant();

        var result = meter.Meter.SetControlMode(7);

        Assert.False(result.IsApplied);
        Assert.Equal(6, meter.Meter.Snapshot().ControlMode);
    }

    [Theory]
    [InlineData(3_000_000_000L)]
    [InlineData(-3_000_000_000L)]
    public void ThresholdBeyondDoubleLongIsRejected(long amount)
    {
        var meter = TestMeters.CreateConstant();

        Assert.False(meter.Meter.SetCreditLimit(amount).IsApplied);
        Assert.False(meter.Meter.SetWarningThreshold(amount).IsApplied);
    }

    [Fact]
    public void LimitsStayOrdered()
    {
        var meter = TestMeters.CreateConstant();

        Assert.False(meter.Meter.SetMaxCreditLimit(-20_000_000).IsApplied);
        Assert.False(meter.Meter.SetMinimumBalance(1_600_000_000).IsApplied);
        Assert.False(meter.Meter.SetMaxVendLimit(0).IsApplied);
        Assert.True(meter.Meter.SetMaxVendLimit(100).IsApplied);
    }

    [Fact]
    public void CreditModeStopsCharging()
    {
        var meter = TestMeters.CreateConstant(1000);

        Assert.True(meter.Meter.SetAccountModeAndStatus(PaymentMode.Credit, AccountStatus.Active).IsApplied);
        var snapshot = meter.Advance(TimeSpan.FromHours(2));

        Assert.Equal(100_000, snapshot.Balance);
        Assert.Equal(PaymentMode.Credit, snapshot.PaymentMode);
        Assert.False(meter.Meter.SetAccountModeAndStatus((PaymentMode)9, AccountStatus.Active).IsApplied);
    }

    [Fact]
    public void ClockWriteMovesMeterTimeAndTariff()
    {
        var meter = TestMeters.CreateConstant(1000);

        // The simulation is at 00:00 (night), and the meter clock is set to noon (day tariff).
        Assert.True(meter.Meter.SetClock(TestMeters.Monday.AddHours(12)).IsApplied);
        var snapshot = meter.Advance(TimeSpan.FromHours(1));

        Assert.Equal(TestMeters.Monday.AddHours(13), snapshot.MeterTime);
        Assert.Equal(TestMeters.Monday.AddHours(1), snapshot.SimulatedAt);
        Assert.Equal([1_000, 0, 0, 0], snapshot.EnergyPerTariffWh);
    }

    [Fact]
    public void IdentityIsReported()
    {
        var snapshot = TestMeters.CreateConstant().Meter.Snapshot();

        Assert.Equal(TestMeters.Serial, snapshot.SerialNumber);
        Assert.Equal("OpenPrepaid SIM-1", snapshot.ModelName);
        Assert.Equal("OPPSIM00042", snapshot.LogicalDeviceName);
        Assert.Equal("UAH", snapshot.Currency.Name);
        Assert.Equal(-2, snapshot.Currency.Scale);
        Assert.Equal(TimeSpan.Zero, snapshot.StandardUtcOffset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("SERIAL-THAT-IS-MUCH-LONGER-THAN-32-CHARACTERS")]
    public void InvalidOptionsAreRejected(string serial)
    {
        var error = Assert.Throws<ArgumentException>(() => TestMeters.Create(TestMeters.Options() with { SerialNumber = serial }));

        Assert.Contains("serial number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DaylightSavingZoneIsReported()
    {
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            DateTime.MinValue.Date,
            DateTime.MaxValue.Date,
            TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 3, 5, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 4, 0, 0), 10, 5, DayOfWeek.Sunday));
        var zone = TimeZoneInfo.CreateCustomTimeZone("EET-test", TimeSpan.FromHours(2), "EET test", "EET", "EEST", [rule]);
        var summer = new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero);

        var snapshot = TestMeters.CreateConstant(0, options => options with { TimeZone = zone }, summer).Meter.Snapshot();

        Assert.True(snapshot.IsDaylightSavingTime);
        Assert.True(snapshot.ZoneHasDaylightSaving);
        Assert.Equal(TimeSpan.FromHours(3), snapshot.MeterTime.Offset);
        Assert.Equal(12, snapshot.MeterTime.Hour);
        Assert.Equal(TimeSpan.FromHours(2), snapshot.StandardUtcOffset);
    }
}
