using System.Collections.Concurrent;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Rules;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Web.Tests.Support;

/// <summary>
/// A test double of the meter driver that behaves like a fleet of prepaid meters. Each meter keeps a balance
/// and the settings written to it. It applies a token only when the token's sequence number is above the last
/// one it accepted and the resulting balance is within its limits.
/// TODO: run these tests against the simulator over the DLMS driver once both are wired into the host.
/// </summary>
public sealed class FakeMeterFleet : IMeterDriver
{
    private readonly ConcurrentDictionary<string, FakeMeter> _meters = new(StringComparer.Ordinal);

    /// <summary>Time each read takes, so a browser can watch rows fill in one by one.</summary>
    public TimeSpan ReadDelay { get; set; } = TimeSpan.FromMilliseconds(20);

    public FakeMeter Add(string serial, decimal balance)
    {
        var meter = new FakeMeter(serial, balance);
        _meters[serial] = meter;
        return meter;
    }

    public FakeMeter this[string serial] => _meters[serial];

    public bool Contains(string serial) => _meters.ContainsKey(serial);

    public Task<IMeterConnection> OpenAsync(ChannelEndpoint channel, CancellationToken cancellationToken) =>
        Task.FromResult<IMeterConnection>(new FakeConnection(channel));

    public async Task<MeterReading> ReadSnapshotAsync(MeterAccess meter, IMeterConnection connection, CancellationToken cancellationToken)
    {
        var delay = _meters.TryGetValue(meter.Serial, out var known) && known.ReadDelay is { } own ? own : ReadDelay;
        await Task.Delay(delay, cancellationToken);
        var state = Find(meter);
        lock (state.Gate)
        {
            var connected = state.Balance > (state.Settings.SwitchOffThreshold ?? 0m) || state.Settings.NeverSwitchOff == true;
            return new MeterReading
            {
                Model = meter.Model,
                Balance = state.Balance,
                Currency = "UAH",
                LastTopUpAmount = state.LastTopUpAmount,
                LastTopUpTime = state.LastTopUpTime,
                RelayConnected = connected,
                RelayControlState = connected ? RelayControlState.Connected : RelayControlState.Disconnected,
                RelayControlMode = 6,
                EnergyTotalKwh = state.EnergyTotalKwh,
                EnergyKwh = new TariffValues(800.5m, 434.067m, null, null),
                PrepaidEnergyKwh = new TariffValues(120.25m, 60.5m, null, null),
                PrepaidCost = new TariffValues(519.48m, 130.68m, null, null),
                ActivePowerKw = 1.25m,
                TemperatureCelsius = 23.5m,
                Clock = DateTimeOffset.UtcNow,
                Settings = state.Settings,
                TokenSequence = state.LastTokenSequence,
                LastTokenStatus = state.LastTokenStatus,
            };
        }
    }

    public Task<MeterSettings> ReadSettingsAsync(MeterAccess meter, IMeterConnection connection, CancellationToken cancellationToken)
    {
        var state = Find(meter);
        lock (state.Gate)
        {
            return Task.FromResult(state.Settings);
        }
    }

    public Task<IReadOnlyList<SettingWriteResult>> WriteSettingsAsync(
        MeterAccess meter, IMeterConnection connection, PrepaidSettings settings, CancellationToken cancellationToken)
    {
        var state = Find(meter);
        lock (state.Gate)
        {
            var written = settings.ToMeterSettings();
            if (state.IgnoresTariff4Price)
            {
                written = written with { Prices = written.Prices! with { Tariff4 = state.Settings.Prices?.Tariff4 } };
            }

            state.Settings = written;
        }

        IReadOnlyList<SettingWriteResult> results = [.. Enum.GetValues<SettingField>().Select(f => new SettingWriteResult(f, SettingWriteOutcome.Written))];
        return Task.FromResult(results);
    }

    public Task<TopUpResult> TopUpAsync(
        MeterAccess meter, IMeterConnection connection, long tokenSequence, decimal amount, CancellationToken cancellationToken)
    {
        var state = Find(meter);
        lock (state.Gate)
        {
            if (tokenSequence <= state.LastTokenSequence)
            {
                return Task.FromResult(new TopUpResult(TokenStatusCode.ValidationFailure, state.Balance, $"sequence {tokenSequence} already passed"));
            }

            var resulting = state.Balance + amount;
            if (resulting is > ChargeRules.MaxBalance or < ChargeRules.MinBalance)
            {
                state.LastTokenSequence = tokenSequence;
                state.LastTokenStatus = TokenStatusCode.ValidationFailure;
                return Task.FromResult(new TopUpResult(TokenStatusCode.ValidationFailure, state.Balance, "balance outside the meter's limits"));
            }

            state.Balance = resulting;
            state.LastTokenSequence = tokenSequence;
            state.LastTokenStatus = TokenStatusCode.ExecutionOk;
            state.LastTopUpAmount = amount;
            state.LastTopUpTime = DateTimeOffset.UtcNow;
            state.TokensApplied++;
            return Task.FromResult(new TopUpResult(TokenStatusCode.ExecutionOk, state.Balance));
        }
    }

    private FakeMeter Find(MeterAccess meter)
    {
        if (!_meters.TryGetValue(meter.Serial, out var state))
        {
            throw new MeterExchangeException(meter.Serial, MeterFailureKind.TimedOut, "timed out: no meter answers at this address");
        }

        if (state.Failure is { } failure)
        {
            throw new MeterExchangeException(meter.Serial, failure.Kind, failure.Message);
        }

        return state;
    }
}
