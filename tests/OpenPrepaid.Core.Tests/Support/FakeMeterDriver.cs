using System.Collections.Concurrent;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Core.Tests.Support;

/// <summary>
/// An <see cref="IMeterDriver"/> over <see cref="FakeMeter"/>s. It keeps the driver's contract (its own
/// timeout and retries through a <see cref="TimeProvider"/>, typed failures, connections per channel) and
/// records what the workflows did with it, so tests can assert one connection per channel and the
/// parallelism used.
/// </summary>
public sealed class FakeMeterDriver(TimeProvider time) : IMeterDriver
{
    private readonly ConcurrentDictionary<string, FakeMeter> _meters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ChannelIdentity, int> _openPerChannel = new();
    private int _nextConnectionId;
    private int _openChannels;
    private int _maxOpenChannels;

    /// <summary>The driver's own per-exchange timeout.</summary>
    public TimeSpan ExchangeTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public int Retries { get; init; } = 2;

    /// <summary>Channels that refuse connections.</summary>
    public ConcurrentDictionary<ChannelIdentity, bool> DeadChannels { get; } = new();

    public ConcurrentQueue<(ChannelIdentity Channel, int ConnectionId)> Opens { get; } = new();

    public ConcurrentQueue<(string Serial, int ConnectionId)> Reads { get; } = new();

    public int MaxOpenChannels => Volatile.Read(ref _maxOpenChannels);

    public int MaxConnectionsOnOneChannel { get; private set; }

    public int OpenConnections => Volatile.Read(ref _openChannels);

    public FakeMeter Add(FakeMeter meter)
    {
        _meters[meter.Serial] = meter;
        return meter;
    }

    public FakeMeter Meter(string serial) => _meters[serial];

    public async Task<IMeterConnection> OpenAsync(ChannelEndpoint channel, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (DeadChannels.ContainsKey(channel.Identity))
        {
            // A dead converter: every connect attempt waits out the timeout.
            await Task.Delay(ExchangeTimeout, time, cancellationToken);
            throw new MeterExchangeException(string.Empty, MeterFailureKind.ConnectionFailed, $"connection to {channel} failed: timed out");
        }

        var perChannel = _openPerChannel.AddOrUpdate(channel.Identity, 1, (_, n) => n + 1);
        lock (_openPerChannel)
        {
            MaxConnectionsOnOneChannel = Math.Max(MaxConnectionsOnOneChannel, perChannel);
        }

        var open = Interlocked.Increment(ref _openChannels);
        InterlockedMax(ref _maxOpenChannels, open);
        var connection = new FakeConnection(this, channel, Interlocked.Increment(ref _nextConnectionId));
        Opens.Enqueue((channel.Identity, connection.Id));
        return connection;
    }

    public async Task<MeterReading> ReadSnapshotAsync(MeterAccess meter, IMeterConnection connection, CancellationToken cancellationToken)
    {
        var (fake, line) = Resolve(meter, connection);
        using var exchange = line.BeginExchange();
        await WaitForResponseAsync(fake, cancellationToken);
        Reads.Enqueue((meter.Serial, line.Id));
        return fake.Read();
    }

    public async Task<MeterSettings> ReadSettingsAsync(MeterAccess meter, IMeterConnection connection, CancellationToken cancellationToken)
    {
        var (fake, line) = Resolve(meter, connection);
        using var exchange = line.BeginExchange();
        await WaitForResponseAsync(fake, cancellationToken);
        return fake.Settings;
    }

    public async Task<IReadOnlyList<SettingWriteResult>> WriteSettingsAsync(
        MeterAccess meter, IMeterConnection connection, PrepaidSettings settings, CancellationToken cancellationToken)
    {
        var (fake, line) = Resolve(meter, connection);
        using var exchange = line.BeginExchange();
        await WaitForResponseAsync(fake, cancellationToken);

        var results = new List<SettingWriteResult>();
        var stored = settings.ToMeterSettings();
        foreach (var field in Enum.GetValues<SettingField>())
        {
            if (fake.UnsupportedFields.Contains(field))
            {
                results.Add(new SettingWriteResult(field, SettingWriteOutcome.NotSupported));
            }
            else if (fake.RefusedFields.Contains(field))
            {
                results.Add(new SettingWriteResult(field, SettingWriteOutcome.Rejected, "read-write-denied (3)"));
            }
            else
            {
                results.Add(new SettingWriteResult(field, SettingWriteOutcome.Written));
            }
        }

        fake.Settings = Apply(fake, stored);
        return results;
    }

    public async Task<TopUpResult> TopUpAsync(
        MeterAccess meter, IMeterConnection connection, long tokenSequence, decimal amount, CancellationToken cancellationToken)
    {
        var (fake, line) = Resolve(meter, connection);
        using var exchange = line.BeginExchange();
        await WaitForResponseAsync(fake, cancellationToken);

        var fault = fake.NextTopUpFault;
        fake.NextTopUpFault = TopUpFault.None;
        switch (fault)
        {
            case TopUpFault.FailBeforeSending:
                line.IsBroken = true;
                throw new MeterExchangeException(meter.Serial, MeterFailureKind.ConnectionLost, "connection lost before the token was sent");
            case TopUpFault.LoseBeforeArrival:
                line.IsBroken = true;
                throw new TopUpOutcomeUnknownException(meter.Serial, "connection lost after sending the token");
            case TopUpFault.StillProcessing:
                return new TopUpResult(TokenStatusCode.ReceivedNotProcessed);
        }

        var (status, detail) = fake.EnterToken(meter.Serial, tokenSequence, amount, meter.TokenKey.Span);
        if (fault == TopUpFault.LoseResponseAfterApply)
        {
            line.IsBroken = true;
            throw new TopUpOutcomeUnknownException(meter.Serial, "connection lost while waiting for the token status");
        }

        return new TopUpResult(status, fake.Balance, detail);
    }

    internal void OnClosed(FakeConnection connection)
    {
        _openPerChannel.AddOrUpdate(connection.Channel.Identity, 0, (_, n) => n - 1);
        Interlocked.Decrement(ref _openChannels);
    }

    private (FakeMeter Meter, FakeConnection Line) Resolve(MeterAccess meter, IMeterConnection connection)
    {
        var line = (FakeConnection)connection;
        if (line.IsBroken)
        {
            throw new InvalidOperationException($"Connection {line.Id} is broken and must not be reused.");
        }

        if (line.Channel.Identity != meter.ChannelIdentity)
        {
            throw new InvalidOperationException($"Meter {meter.Serial} is not on channel {line.Channel}.");
        }

        return (_meters[meter.Serial], line);
    }

    /// <summary>Delays like a meter responds: late, never (until the driver's timeout and retries run out), or not at all.</summary>
    private async Task WaitForResponseAsync(FakeMeter meter, CancellationToken cancellationToken)
    {
        if (meter.Hangs)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, time, cancellationToken);
        }

        if (meter.Silent)
        {
            await Task.Delay(ExchangeTimeout * (Retries + 1), time, cancellationToken);
            throw new MeterExchangeException(meter.Serial, MeterFailureKind.TimedOut, $"timed out after {Retries + 1} attempts");
        }

        if (meter.ReadDelay > TimeSpan.Zero)
        {
            await Task.Delay(meter.ReadDelay, time, cancellationToken);
        }
    }

    private static MeterSettings Apply(FakeMeter meter, MeterSettings written)
    {
        var prices = written.Prices!;
        decimal? Price(SettingField field, decimal? value) =>
            meter.UnsupportedFields.Contains(field) ? null
            : meter.RoundedPriceFields.Contains(field) && value is { } v ? decimal.Round(v, 3) : value;

        return written with
        {
            Prices = new TariffValues(
                Price(SettingField.PriceTariff1, prices.Tariff1),
                Price(SettingField.PriceTariff2, prices.Tariff2),
                Price(SettingField.PriceTariff3, prices.Tariff3),
                Price(SettingField.PriceTariff4, prices.Tariff4)),
            NoSwitchOffOnSaturday = meter.UnsupportedFields.Contains(SettingField.NoSwitchOffOnSaturday) ? null : written.NoSwitchOffOnSaturday,
            NoSwitchOffOnSunday = meter.UnsupportedFields.Contains(SettingField.NoSwitchOffOnSunday) ? null : written.NoSwitchOffOnSunday,
            PowerLimitKw = meter.RefusedFields.Contains(SettingField.PowerLimitKw) ? meter.Settings.PowerLimitKw : written.PowerLimitKw,
        };
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
