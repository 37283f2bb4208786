using System.Diagnostics;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Meters.Tests.Driver.Support;
using OpenPrepaid.Simulator.Faults;

namespace OpenPrepaid.Meters.Tests.Driver;

/// <summary>
/// Lost, late and garbled responses over the TCP wrapper. Failures before a token leaves are retried. Once it may
/// have reached the meter, the outcome is unknown, nothing is sent again, and a later read shows what happened.
/// </summary>
public class DriverFaultTests
{
    // A top-up sends the AARQ, a GET of serial and currency, then the ACTION.
    private const int ActionRequest = 3;

    [Fact]
    public async Task LostAssociationIsRetried()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        server.Device.Faults.Add(new FaultRule(FaultKind.NoAnswer));
        var driver = TestDriver.Create(responseTimeout: TimeSpan.FromMilliseconds(500));
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var result = await driver.TopUpAsync(server.Access(), connection, 1, 10m, CancellationToken.None);

        Assert.Equal(TokenStatusCode.ExecutionOk, result.Status);
        Assert.Equal(1, server.Device.Faults.Injected);
        Assert.Equal(1u, server.Meter.Snapshot().LastTokenSequence);
    }

    [Fact]
    public async Task CloseAfterApplyIsUnknownThenApplied()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        RequestFaults.OnRequest(server.Device, ActionRequest, new ExchangeFault(ExchangeFaultKind.CloseAfterApply));
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);
        var before = server.Meter.Snapshot().Balance;

        var error = await Assert.ThrowsAsync<TopUpOutcomeUnknownException>(() => driver.TopUpAsync(server.Access(), connection, 3, 10m, CancellationToken.None));
        var reading = await driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);

        Assert.StartsWith("connection lost", error.Message);
        Assert.Equal(before + 1_000, server.Meter.Snapshot().Balance);
        Assert.Equal(3, reading.TokenSequence);
        Assert.Equal(TokenStatusCode.ExecutionOk, reading.LastTokenStatus);
    }

    [Fact]
    public async Task CloseBeforeApplyIsUnknownThenMissing()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        RequestFaults.OnRequest(server.Device, ActionRequest, new ExchangeFault(ExchangeFaultKind.CloseBeforeApply));
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);
        var before = server.Meter.Snapshot().Balance;

        await Assert.ThrowsAsync<TopUpOutcomeUnknownException>(() => driver.TopUpAsync(server.Access(), connection, 3, 10m, CancellationToken.None));
        var reading = await driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);

        Assert.Equal(before, server.Meter.Snapshot().Balance);
        Assert.Equal(0, reading.TokenSequence);
        Assert.Equal(0, server.Meter.Snapshot().LastToken.Length);
    }

    [Fact]
    public async Task UnansweredTokenIsNeverResent()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        RequestFaults.OnRequest(server.Device, ActionRequest, new ExchangeFault(ExchangeFaultKind.NoAnswer));
        var driver = TestDriver.Create(retries: 2, responseTimeout: TimeSpan.FromMilliseconds(500));
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var error = await Assert.ThrowsAsync<TopUpOutcomeUnknownException>(() => driver.TopUpAsync(server.Access(), connection, 3, 10m, CancellationToken.None));

        Assert.StartsWith("timed out", error.Message);
        Assert.Equal(0, server.Meter.Snapshot().LastToken.Length);
        Assert.True(connection.IsBroken, "a late response may still come on this stream");
    }

    [Fact]
    public async Task GarbledTokenResponseIsUnknown()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        RequestFaults.OnRequest(server.Device, ActionRequest, new ExchangeFault(ExchangeFaultKind.CorruptAnswer));
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var error = await Assert.ThrowsAsync<TopUpOutcomeUnknownException>(() => driver.TopUpAsync(server.Access(), connection, 3, 10m, CancellationToken.None));
        var reading = await driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);

        Assert.StartsWith("protocol error", error.Message);
        Assert.Equal(3, reading.TokenSequence);
        Assert.Equal(TokenStatusCode.ExecutionOk, reading.LastTokenStatus);
    }

    [Fact]
    public async Task GarbledReadIsRetriedOnAFreshConnection()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        RequestFaults.OnRequest(server.Device, 2, new ExchangeFault(ExchangeFaultKind.CorruptAnswer));
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var reading = await driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);

        Assert.Equal(ExpectedReading.From(server.Meter.Snapshot()), reading);
        Assert.False(connection.IsBroken);
    }

    [Fact]
    public async Task GarblingMeterIsAProtocolError()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        server.Device.Faults.Add(new FaultRule(FaultKind.CorruptAnswer, times: null));
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var error = await Assert.ThrowsAsync<MeterExchangeException>(() => driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None));

        Assert.Equal(MeterFailureKind.ProtocolError, error.Kind);
        Assert.StartsWith("protocol error: ", error.Message);
    }

    [Fact]
    public async Task DeadMeterTimesOutAfterEveryTry()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        server.Device.Faults.Add(FaultRule.Dead);
        var driver = TestDriver.Create(retries: 1, responseTimeout: TimeSpan.FromMilliseconds(400));
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<MeterExchangeException>(() => driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None));

        Assert.Equal(MeterFailureKind.TimedOut, error.Kind);
        Assert.Equal("timed out: no response within 0.4 s, tried 2 times", error.Message);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(750), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task SlowMeterWithinTheTimeoutIsRead()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        server.Device.Faults.Add(FaultRule.Slow(TimeSpan.FromMilliseconds(300)));
        var driver = TestDriver.Create(responseTimeout: TimeSpan.FromSeconds(1));
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var reading = await driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);

        Assert.Equal(ExpectedReading.From(server.Meter.Snapshot()), reading);
    }

    [Fact]
    public async Task TricklingMeterIsReadWhole()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        server.Device.Faults.Add(new FaultRule(FaultKind.TrickleAnswer, times: 3, TimeSpan.FromMilliseconds(2)));
        var driver = TestDriver.Create(responseTimeout: TimeSpan.FromSeconds(1));
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var reading = await driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None);

        Assert.Equal(ExpectedReading.From(server.Meter.Snapshot()), reading);
    }

    [Fact]
    public async Task LongExchangeTimesOut()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        server.Device.Faults.Add(FaultRule.Slow(TimeSpan.FromMilliseconds(400)));
        var options = TestDriver.Options(responseTimeout: TimeSpan.FromSeconds(1)) with { MaxExchangeDuration = TimeSpan.FromMilliseconds(600) };
        var driver = new Meters.Driver.DlmsMeterDriver(options);
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var error = await Assert.ThrowsAsync<MeterExchangeException>(() => driver.ReadSnapshotAsync(server.Access(), connection, CancellationToken.None));

        Assert.Equal(MeterFailureKind.TimedOut, error.Kind);
        Assert.Equal("timed out: the exchange took longer than 0.6 s", error.Message);
        Assert.True(connection.IsBroken);
    }

    [Fact]
    public async Task CancelledReadThrowsOperationCanceled()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        server.Device.Faults.Add(FaultRule.Slow(TimeSpan.FromSeconds(1)));
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => driver.ReadSnapshotAsync(server.Access(), connection, cancel.Token));
        Assert.True(connection.IsBroken);
    }
}
