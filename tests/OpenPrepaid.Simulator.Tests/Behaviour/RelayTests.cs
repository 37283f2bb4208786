using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Tests.Behaviour;

public class RelayTests
{
    /// <summary>1.00 of credit at 1000 W and 4.320 per kWh lasts about 14 minutes.</summary>
    private static (SimulatedMeter Meter, Microsoft.Extensions.Time.Testing.FakeTimeProvider Time) LowCredit(
        DateTimeOffset start,
        Func<SimulatedMeterOptions, SimulatedMeterOptions>? configure = null)
    {
        return TestMeters.CreateConstant(1000, options =>
        {
            var low = options with { InitialBalance = 100, TariffSchedule = TariffSchedule.Single(1), StepSeconds = 10 };
            return configure is null ? low : configure(low);
        }, start);
    }

    [Fact]
    public void RunningOutOfCreditOpensRelay()
    {
        var meter = LowCredit(TestMeters.Monday);

        var snapshot = meter.Advance(TimeSpan.FromHours(1));

        Assert.False(snapshot.OutputState);
        Assert.Equal(ControlState.ReadyForReconnection, snapshot.ControlState);
        Assert.True(snapshot.Balance <= 0);
        Assert.Equal(0, snapshot.ActivePowerWatts);
        Assert.Equal(CreditStatus.OutOfCredit | CreditStatus.LowCredit, snapshot.CreditStatus);
        Assert.Equal(4, snapshot.CreditStatusCode);
    }

    [Fact]
    public void OpenRelayStopsConsumption()
    {
        var meter = LowCredit(TestMeters.Monday);

        var atSwitchOff = meter.Advance(TimeSpan.FromHours(1));
        var later = meter.Advance(TimeSpan.FromDays(1));

        Assert.Equal(atSwitchOff.EnergyTotalWh, later.EnergyTotalWh);
        Assert.Equal(atSwitchOff.Balance, later.Balance);
        Assert.Equal(0, later.ActivePowerWatts);
    }

    [Fact]
    public void SaturdayExemptionKeepsSupplyOn()
    {
        Assert.Equal(DayOfWeek.Saturday, TestMeters.Saturday.DayOfWeek);
        var meter = LowCredit(TestMeters.Saturday, options => options with { NoSwitchOffOnSaturday = true });

        var lateSaturday = meter.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(10));

        Assert.True(lateSaturday.OutputState);
        Assert.Equal(ControlState.Connected, lateSaturday.ControlState);
        Assert.True(lateSaturday.Balance < -10_000);
        Assert.Equal(23_997, lateSaturday.EnergyTotalWh);
    }

    [Fact]
    public void SaturdayWithoutExemptionSwitchesOff()
    {
        var meter = LowCredit(TestMeters.Saturday);

        var saturdayNoon = meter.Advance(TimeSpan.FromHours(12));

        Assert.False(saturdayNoon.OutputState);
        Assert.Equal(ControlState.ReadyForReconnection, saturdayNoon.ControlState);
        Assert.True(saturdayNoon.EnergyTotalWh < 300);
    }

    [Fact]
    public void ExemptionEndsAtMidnight()
    {
        var meter = LowCredit(TestMeters.Saturday, options => options with { NoSwitchOffOnSaturday = true });

        var lastSaturdayStep = meter.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(10));
        var sundayMidnight = meter.Advance(TimeSpan.FromSeconds(10));

        Assert.True(lastSaturdayStep.OutputState);
        Assert.Equal(DayOfWeek.Sunday, sundayMidnight.MeterTime.DayOfWeek);
        Assert.False(sundayMidnight.OutputState);
    }

    [Fact]
    public void SundayExemptionKeepsSupplyOnSundayOnly()
    {
        var sunday = TestMeters.Saturday.AddDays(1);
        var meter = LowCredit(sunday, options => options with { NoSwitchOffOnSunday = true });

        var lateSunday = meter.Advance(TimeSpan.FromHours(23));
        var monday = meter.Advance(TimeSpan.FromHours(1));

        Assert.True(lateSunday.OutputState);
        Assert.False(monday.OutputState);
    }

    [Fact]
    public void ExemptDayLetsMeterReconnectItself()
    {
        var friday = TestMeters.Saturday.AddDays(-1);
        var meter = LowCredit(friday, options => options with { NoSwitchOffOnSaturday = true, ControlMode = 6 });

        var friday23 = meter.Advance(TimeSpan.FromHours(23));
        var saturdayMorning = meter.Advance(TimeSpan.FromHours(2));

        Assert.False(friday23.OutputState);
        Assert.True(saturdayMorning.OutputState);
        Assert.Equal(ControlState.Connected, saturdayMorning.ControlState);
    }

    [Fact]
    public void NeverSwitchOffKeepsSupplyOn()
    {
        var meter = LowCredit(TestMeters.Monday, options => options with { NeverSwitchOff = true });

        var snapshot = meter.Advance(TimeSpan.FromDays(2));

        Assert.True(snapshot.OutputState);
        Assert.Equal(48_000, snapshot.EnergyTotalWh);
        Assert.Equal(100 - 20_736, snapshot.Balance);
        Assert.Equal(CreditStatus.OutOfCredit | CreditStatus.LowCredit, snapshot.CreditStatus);
    }

    [Fact]
    public void SwitchOffThresholdMayBeNegative()
    {
        var meter = LowCredit(TestMeters.Monday, options => options with { CreditLimit = -1_000 });

        var snapshot = meter.Advance(TimeSpan.FromHours(1));

        Assert.True(snapshot.OutputState);
        Assert.Equal(100 - 432, snapshot.Balance);
        Assert.Equal(CreditStatus.InCredit | CreditStatus.LowCredit, snapshot.CreditStatus);

        var later = meter.Advance(TimeSpan.FromHours(2));
        Assert.False(later.OutputState);
        Assert.True(later.Balance <= -1_000);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void TopUpReconnectsByItselfInModesFiveAndSix(byte mode)
    {
        var meter = LowCredit(TestMeters.Monday, options => options with { ControlMode = mode });
        meter.Advance(TimeSpan.FromHours(1));

        var result = meter.Meter.EnterToken(TestMeters.Token(1, 10_000));
        var snapshot = meter.Meter.Snapshot();

        Assert.True(result.Status.IsSuccess);
        Assert.True(snapshot.OutputState);
        Assert.Equal(ControlState.Connected, snapshot.ControlState);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void TopUpWaitsForButtonInModesOneToFour(byte mode)
    {
        var meter = LowCredit(TestMeters.Monday, options => options with { ControlMode = mode });
        meter.Advance(TimeSpan.FromHours(1));

        meter.Meter.UpdateCreditAmount(10_000);
        var armed = meter.Advance(TimeSpan.FromMinutes(10));
        var press = meter.Meter.PressButton();
        var pressed = meter.Meter.Snapshot();

        Assert.Equal(ControlState.ReadyForReconnection, armed.ControlState);
        Assert.False(armed.OutputState);
        Assert.Equal(RelayCommandResult.Done, press);
        Assert.True(pressed.OutputState);
    }

    [Fact]
    public void ButtonWithoutCreditDoesNotKeepRelayClosed()
    {
        var meter = LowCredit(TestMeters.Monday, options => options with { ControlMode = 1 });
        meter.Advance(TimeSpan.FromHours(1));

        meter.Meter.PressButton();

        Assert.Equal(ControlState.ReadyForReconnection, meter.Meter.Snapshot().ControlState);
    }

    /// <summary>remote_disconnect then remote_reconnect in each control mode, as read back from output_state and control_state.</summary>
    [Theory]
    [InlineData(1, false, ControlState.ReadyForReconnection)]
    [InlineData(2, true, ControlState.Connected)]
    [InlineData(3, false, ControlState.ReadyForReconnection)]
    [InlineData(4, true, ControlState.Connected)]
    [InlineData(5, false, ControlState.ReadyForReconnection)]
    [InlineData(6, false, ControlState.ReadyForReconnection)]
    public void RemoteReconnectResultDependsOnMode(byte mode, bool expectedOutput, ControlState expectedState)
    {
        var meter = TestMeters.CreateConstant(1000, options => options with { ControlMode = mode });

        var disconnect = meter.Meter.RemoteDisconnect();
        var disconnected = meter.Meter.Snapshot();
        var reconnect = meter.Meter.RemoteReconnect();
        var reconnected = meter.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(RelayCommandResult.Done, disconnect);
        Assert.False(disconnected.OutputState);
        Assert.Equal(ControlState.Disconnected, disconnected.ControlState);
        Assert.Equal(RelayCommandResult.Done, reconnect);
        Assert.Equal(expectedOutput, reconnected.OutputState);
        Assert.Equal(expectedState, reconnected.ControlState);
        Assert.Equal(mode, reconnected.ControlMode);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(6)]
    public void ArmedRelayClosesByButton(byte mode)
    {
        var meter = TestMeters.CreateConstant(1000, options => options with { ControlMode = mode });
        meter.Meter.RemoteDisconnect();
        meter.Meter.RemoteReconnect();

        var press = meter.Meter.PressButton();

        Assert.Equal(RelayCommandResult.Done, press);
        Assert.Equal(ControlState.Connected, meter.Meter.Snapshot().ControlState);
    }

    [Theory]
    [InlineData(1, RelayCommandResult.Done, ControlState.ReadyForReconnection)]
    [InlineData(2, RelayCommandResult.Done, ControlState.ReadyForReconnection)]
    [InlineData(3, RelayCommandResult.RejectedByControlMode, ControlState.Connected)]
    [InlineData(4, RelayCommandResult.RejectedByControlMode, ControlState.Connected)]
    [InlineData(5, RelayCommandResult.Done, ControlState.ReadyForReconnection)]
    [InlineData(6, RelayCommandResult.RejectedByControlMode, ControlState.Connected)]
    public void ButtonDisconnectsOnlyWhereModeAllows(byte mode, RelayCommandResult expectedResult, ControlState expectedState)
    {
        var meter = TestMeters.CreateConstant(1000, options => options with { ControlMode = mode });

        var result = meter.Meter.PressButton();

        Assert.Equal(expectedResult, result);
        Assert.Equal(expectedState, meter.Meter.Snapshot().ControlState);
    }

    [Fact]
    public void ButtonCannotUndoRemoteDisconnect()
    {
        var meter = TestMeters.CreateConstant(1000, options => options with { ControlMode = 1 });
        meter.Meter.RemoteDisconnect();

        Assert.Equal(RelayCommandResult.NoTransition, meter.Meter.PressButton());
        Assert.Equal(ControlState.Disconnected, meter.Meter.Snapshot().ControlState);
    }

    [Fact]
    public void ModeZeroIsAlwaysConnected()
    {
        var meter = LowCredit(TestMeters.Monday, options => options with { ControlMode = 0 });

        Assert.Equal(RelayCommandResult.RejectedByControlMode, meter.Meter.RemoteDisconnect());
        Assert.Equal(RelayCommandResult.RejectedByControlMode, meter.Meter.RemoteReconnect());
        Assert.Equal(RelayCommandResult.RejectedByControlMode, meter.Meter.PressButton());
        var snapshot = meter.Advance(TimeSpan.FromHours(2));

        Assert.True(snapshot.OutputState);
        Assert.True(snapshot.Balance < 0);
    }

    [Fact]
    public void SwitchingToModeZeroCloses()
    {
        var meter = TestMeters.CreateConstant(1000, options => options with { ControlMode = 1 });
        meter.Meter.RemoteDisconnect();

        Assert.True(meter.Meter.SetControlMode(0).IsApplied);

        Assert.Equal(ControlState.Connected, meter.Meter.Snapshot().ControlState);
    }

    [Fact]
    public void RemoteReconnectWithoutCreditEndsArmed()
    {
        var meter = LowCredit(TestMeters.Monday, options => options with { ControlMode = 2 });
        meter.Advance(TimeSpan.FromHours(1));

        Assert.Equal(RelayCommandResult.NoTransition, meter.Meter.RemoteReconnect());
        Assert.Equal(RelayCommandResult.Done, meter.Meter.RemoteDisconnect());
        Assert.Equal(RelayCommandResult.Done, meter.Meter.RemoteReconnect());

        // Transition a closed the relay, and the meter opened it again at once for lack of credit.
        var snapshot = meter.Meter.Snapshot();
        Assert.Equal(ControlState.ReadyForReconnection, snapshot.ControlState);
        Assert.False(snapshot.OutputState);
    }

    [Fact]
    public void RemoteDisconnectedMeterStaysOffAfterTopUp()
    {
        var meter = TestMeters.CreateConstant(1000, options => options with { ControlMode = 6 });
        meter.Meter.RemoteDisconnect();

        meter.Meter.UpdateCreditAmount(10_000);
        var snapshot = meter.Advance(TimeSpan.FromHours(1));

        Assert.Equal(ControlState.Disconnected, snapshot.ControlState);
        Assert.Equal(0, snapshot.EnergyTotalWh);
    }
}
