using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Meters.Tests.Driver.Support;
using OpenPrepaid.Meters.Tokens;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Meters.Tests.Driver;

/// <summary>Top-ups and write-offs entered into simulated meters as tokens, and every way a meter rejects one.</summary>
public class DriverTopUpTests
{
    [Fact]
    public async Task TopUpIsAppliedAndReadBack()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);
        var before = server.Meter.Snapshot().Balance;

        var result = await driver.TopUpAsync(server.Access(), connection, 1, 250.75m, CancellationToken.None);

        var state = server.Meter.Snapshot();
        Assert.Equal(TokenStatusCode.ExecutionOk, result.Status);
        Assert.Null(result.Detail);
        Assert.Equal((before + 25_075) / 100m, result.BalanceAfter);
        Assert.Equal(before + 25_075, state.Balance);
        Assert.Equal(25_075, state.LastTopUpAmount);
        Assert.Equal(1u, state.LastTokenSequence);
    }

    [Fact]
    public async Task TokenIsSignedOctetString()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        await driver.TopUpAsync(server.Access(), connection, 9, 10m, CancellationToken.None);

        var entered = server.Meter.Snapshot().LastToken.ToArray();
        var verification = TokenCodec.Verify(entered, server.Serial, SimulatedMeterServer.KeyOf(server.Serial));
        Assert.True(verification.IsValid);
        Assert.Equal(new TopUpToken(server.Serial, 9, 1_000, verification.Token!.IssuedAt), verification.Token);
    }

    [Fact]
    public async Task WriteOffIsApplied()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);
        var before = server.Meter.Snapshot().Balance;

        var result = await driver.TopUpAsync(server.Access(), connection, 1, -100.01m, CancellationToken.None);

        Assert.Equal(TokenStatusCode.ExecutionOk, result.Status);
        Assert.Equal(before - 10_001, server.Meter.Snapshot().Balance);
    }

    [Fact]
    public async Task WrongKeyIsAnAuthenticationFailure()
    {
        await using var server = await SimulatedMeterServer.StartAsync();

        var (result, balanceChange) = await TopUpAsync(server, server.Access(key: new byte[32]), 1, 10m);

        Assert.Equal(TokenStatusCode.AuthenticationFailure, result.Status);
        Assert.Equal("the MAC does not match the meter's top-up key", result.Detail);
        Assert.Equal(0, balanceChange);
    }

    [Fact]
    public async Task RepeatedSequenceIsAValidationFailure()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        await TopUpAsync(server, server.Access(), 5, 10m);

        var (result, balanceChange) = await TopUpAsync(server, server.Access(), 5, 20m);

        Assert.Equal(TokenStatusCode.ValidationFailure, result.Status);
        Assert.Equal("the sequence number is not above the last one the meter accepted", result.Detail);
        Assert.Equal(0, balanceChange);
    }

    [Fact]
    public async Task BalanceAboveMaximumIsAnExecutionFailure()
    {
        await using var server = await SimulatedMeterServer.StartAsync(customize: options => options with { InitialBalance = 1_499_900_000 });

        var (result, balanceChange) = await TopUpAsync(server, server.Access(), 1, 2_000m);

        Assert.Equal(TokenStatusCode.ExecutionFailure, result.Status);
        Assert.Equal("the balance would exceed the meter's maximum credit limit", result.Detail);
        Assert.Equal(0, balanceChange);
    }

    [Fact]
    public async Task AmountAboveMaximumVendIsAnExecutionFailure()
    {
        await using var server = await SimulatedMeterServer.StartAsync();

        var (result, balanceChange) = await TopUpAsync(server, server.Access(), 1, 5_000_000.01m);

        Assert.Equal(TokenStatusCode.ExecutionFailure, result.Status);
        Assert.Equal("the amount exceeds the meter's maximum vend limit", result.Detail);
        Assert.Equal(0, balanceChange);
    }

    [Fact]
    public async Task WriteOffBelowMinimumIsAnExecutionFailure()
    {
        await using var server = await SimulatedMeterServer.StartAsync(customize: options => options with { InitialBalance = -5_000 });

        var (result, balanceChange) = await TopUpAsync(server, server.Access(), 1, -100_000m);

        Assert.Equal(TokenStatusCode.ExecutionFailure, result.Status);
        Assert.Equal("the balance would fall below the meter's minimum balance", result.Detail);
        Assert.Equal(0, balanceChange);
    }

    [Fact]
    public async Task MeterWithoutKeyTakesNoTokens()
    {
        await using var server = await SimulatedMeterServer.StartAsync(customize: options => options with { TopUpKey = null });

        var (result, balanceChange) = await TopUpAsync(server, server.Access(), 1, 10m);

        Assert.Equal(TokenStatusCode.ExecutionFailure, result.Status);
        Assert.Contains("takes no tokens", result.Detail);
        Assert.Equal(0, balanceChange);
    }

    [Fact]
    public async Task OtherTokenEncodingIsTypeUnmatched()
    {
        await using var server = await SimulatedMeterServer.StartAsync(model: ModelVariants.WithEnterParameter("visible-string"));
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);
        var before = server.Meter.Snapshot().Balance;

        var error = await Assert.ThrowsAsync<MeterExchangeException>(() => driver.TopUpAsync(server.Access(), connection, 1, 10m, CancellationToken.None));

        Assert.IsNotType<TopUpOutcomeUnknownException>(error);
        Assert.Equal("token encoding not accepted by this meter (type-unmatched)", error.Message);
        Assert.Equal(before, server.Meter.Snapshot().Balance);
    }

    [Theory]
    [InlineData(0, "not sent: the amount is zero")]
    [InlineData(0.001, "not sent: 0.001 UAH is not a whole number of the meter's minor units (scale -2)")]
    public async Task AmountTheMeterCannotHoldIsNotSent(double amount, string message)
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(server.Access().Channel, CancellationToken.None);

        var error = await Assert.ThrowsAsync<MeterExchangeException>(() => driver.TopUpAsync(server.Access(), connection, 1, (decimal)amount, CancellationToken.None));

        Assert.IsNotType<TopUpOutcomeUnknownException>(error);
        Assert.Equal(message, error.Message);
        Assert.Equal(0, server.Meter.Snapshot().LastToken.Length);
    }

    [Fact]
    public async Task PublicClientMayNotEnterTokens()
    {
        await using var server = await SimulatedMeterServer.StartAsync();
        var driver = TestDriver.Create();
        var access = server.Access(password: null);
        await using var connection = await driver.OpenAsync(access.Channel, CancellationToken.None);

        var error = await Assert.ThrowsAsync<MeterExchangeException>(() => driver.TopUpAsync(access, connection, 1, 10m, CancellationToken.None));

        Assert.Equal(MeterFailureKind.AccessDenied, error.Kind);
        Assert.StartsWith("access denied: client SAP 16", error.Message);
    }

    private static async Task<(TopUpResult Result, long BalanceChange)> TopUpAsync(
        SimulatedMeterServer server, Core.Register.MeterAccess access, long sequence, decimal amount)
    {
        var driver = TestDriver.Create();
        await using var connection = await driver.OpenAsync(access.Channel, CancellationToken.None);
        var before = server.Meter.Snapshot().Balance;
        var result = await driver.TopUpAsync(access, connection, sequence, amount, CancellationToken.None);
        Assert.Equal(server.Meter.Snapshot().Balance / 100m, result.BalanceAfter);
        return (result, server.Meter.Snapshot().Balance - before);
    }
}
