using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using OpenPrepaid.Core.Channels;
using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Integration.Tests.Support;
using OpenPrepaid.Meters.Driver;
using OpenPrepaid.Simulator.Fleet;
using Xunit.Abstractions;

namespace OpenPrepaid.Integration.Tests;

/// <summary>
/// Hundreds of top-ups and write-offs through the charge workflow, SQLite storage and the DLMS driver, against
/// a fleet whose meters lose, delay, trickle, garble and cut off responses at every step of a charge. Whatever
/// happens, each meter ends with its start balance plus exactly the charges the journal records as applied.
/// </summary>
public class ChargeStormTests(ITestOutputHelper output)
{
    private const int ChargesPerMeter = 18;

    // A charge sends these requests: the read before it (AARQ, two GET-with-lists of at most 32 attributes, RLRQ),
    // the top-up (AARQ, GET, ACTION, GET, RLRQ) and the read back (four again). The ACTION is the seventh.
    private const int RequestsPerCharge = 13;
    private const int TokenRequest = 7;

    private static readonly TimeSpan ResponseTimeout = TimeSpan.FromMilliseconds(600);

    private static readonly ExchangeFault[] Faults =
    [
        new(ExchangeFaultKind.NoAnswer),
        new(ExchangeFaultKind.CloseBeforeApply),
        new(ExchangeFaultKind.CloseAfterApply),
        new(ExchangeFaultKind.CorruptAnswer),
        new(ExchangeFaultKind.DelayAnswer, TimeSpan.FromMilliseconds(150)),
        new(ExchangeFaultKind.DelayAnswer, TimeSpan.FromMilliseconds(900)),
        new(ExchangeFaultKind.TrickleAnswer, TimeSpan.FromMilliseconds(1)),
    ];

    [Fact]
    public async Task FaultyChargesKeepBalancesExact()
    {
        // The meters' clock does not move, so only charges change a balance.
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));
        await using var wrapperFleet = new SimulatedFleet(new SimulatedFleetOptions { MeterCount = 8, Seed = 21, TimeProvider = clock });
        await using var lineFleet = new SimulatedFleet(new SimulatedFleetOptions
        {
            MeterCount = 4,
            Seed = 22,
            MetersPerLine = 2,
            TimeProvider = clock,
            Customize = plan => plan with { SerialNumber = $"HDL{plan.Index + 1:D5}" },
        });
        await wrapperFleet.StartAsync();
        await lineFleet.StartAsync();
        var meters = wrapperFleet.Meters.Concat(lineFleet.Meters).ToList();

        // Two meters allow a balance only 500.00 above their starting one, so they reject top-ups that the
        // domain's limits allow.
        foreach (var strict in new[] { meters[1], meters[9] })
        {
            Assert.True(strict.Meter.SetMaxCreditLimit(strict.Meter.Snapshot().Balance + 50_000).IsApplied);
        }

        await using var product = await ProductHost.StartAsync(
            new DlmsMeterDriverOptions { ResponseTimeout = ResponseTimeout, Retries = 1, MaxExchangeDuration = TimeSpan.FromSeconds(15) },
            new MeterExchangeOptions { MaxParallelChannels = 16, MeterDeadline = TimeSpan.FromSeconds(20) });
        foreach (var meter in meters)
        {
            await product.RegisterAsync(meter);
        }

        var start = await ReadAllAsync(product);
        Assert.All(start.Values, snapshot => Assert.Equal(ReadStatus.Ok, snapshot.Status));

        var scheduled = meters.ToDictionary(meter => meter.SerialNumber, meter => new ScheduledFaults(meter.Device));
        var outcomes = new ConcurrentBag<ChargeOutcome>();
        await Task.WhenAll(meters.Select((meter, index) => ChargeAsync(product, meter, index, scheduled[meter.SerialNumber], outcomes)));

        var end = await ReadAllAsync(product);
        Assert.All(end.Values, snapshot => Assert.Equal(ReadStatus.Ok, snapshot.Status));

        Assert.True(outcomes.Count >= 200, $"{outcomes.Count} charges");
        Assert.Contains(outcomes, outcome => outcome.Status == ChargeOutcomeStatus.Applied);
        Assert.Contains(outcomes, outcome => outcome.Status == ChargeOutcomeStatus.Rejected && outcome.Charge?.TokenStatus is { } status && status.IsFailure());
        Assert.Contains(outcomes, outcome => outcome.Status == ChargeOutcomeStatus.Cancelled);
        Assert.Contains(outcomes, outcome => outcome.Status == ChargeOutcomeStatus.Unknown);

        var injected = scheduled.Values.SelectMany(faults => faults.Injected).GroupBy(pair => pair.Key).ToDictionary(group => group.Key, group => group.Sum(pair => pair.Value));
        Assert.All(Faults.Select(fault => fault.Kind).Distinct(), kind => Assert.True(injected.GetValueOrDefault(kind) > 0, $"no {kind} fault was injected"));

        // Over HDLC a corrupted response is a frame with a broken FCS, which the link recovers from by polling.
        var corruptFrames = lineFleet.Meters.Sum(meter => scheduled[meter.SerialNumber].Injected.GetValueOrDefault(ExchangeFaultKind.CorruptAnswer));
        Assert.True(corruptFrames > 0, "no HDLC frame was corrupted");

        var settledLater = 0;
        foreach (var meter in meters)
        {
            settledLater += await CheckBalanceAsync(product, meter, start[meter.SerialNumber], end[meter.SerialNumber]);
        }

        Assert.True(settledLater > 0, "no unknown charge was settled by a later read");
        output.WriteLine($"outcomes: {string.Join(", ", outcomes.GroupBy(o => o.Status).Select(g => $"{g.Key} {g.Count()}"))}");
        output.WriteLine($"faults: {string.Join(", ", injected.Select(pair => $"{pair.Key} {pair.Value}"))}; settled by a later read: {settledLater}");
    }

    /// <summary>Runs the charges of one meter one after another, each with a fault at a random step or none.</summary>
    private static async Task ChargeAsync(ProductHost product, FleetMeter meter, int index, ScheduledFaults faults, ConcurrentBag<ChargeOutcome> outcomes)
    {
        var random = new Random(1_000 + index);
        for (var i = 0; i < ChargesPerMeter; i++)
        {
            if (random.NextDouble() < 0.5)
            {
                // The token's ACTION gets a third of the faults, so many charges end unknown.
                var request = random.NextDouble() < 0.35 ? TokenRequest : random.Next(1, RequestsPerCharge + 1);
                faults.Arm(request, Faults[random.Next(Faults.Length)]);
            }

            var charge = new ChargeRequest(meter.SerialNumber, AmountOf(random), "integration test", $"{meter.SerialNumber}-{i}");
            outcomes.Add(await product.Charges.ConfirmAsync(charge, CultureInfo.InvariantCulture, CancellationToken.None));
            faults.Disarm();
        }
    }

    /// <summary>Mostly valid top-ups and write-offs, some beyond the domain's limits, some beyond a strict meter's.</summary>
    private static decimal AmountOf(Random random) => random.NextDouble() switch
    {
        < 0.55 => random.Next(100, 30_000) / 100m,
        < 0.80 => -random.Next(100, 10_000) / 100m,
        < 0.86 => 5_000_000.01m,
        < 0.90 => -100_000.01m,
        < 0.95 => 4_999_999.99m,
        _ => -99_999.99m,
    };

    /// <summary>Checks the meter's balance against its journal; returns how many of its charges a later read settled.</summary>
    private static async Task<int> CheckBalanceAsync(ProductHost product, FleetMeter meter, MeterSnapshot start, MeterSnapshot end)
    {
        var serial = meter.SerialNumber;
        var charges = await product.ChargeStore.ListAsync(serial, 1000, CancellationToken.None);
        Assert.All(charges, charge => Assert.True(charge.IsSettled, $"charge {charge.Id} of {serial} is still {charge.State}"));

        var journal = await product.Journal.QueryAsync(new JournalQuery(MeterSerial: serial, Limit: 10_000), CancellationToken.None);
        var appliedEntries = journal
            .Where(entry => entry.Kind is JournalEntryKind.ChargeApplied or JournalEntryKind.ChargeSettledApplied)
            .ToList();
        var byId = charges.ToDictionary(charge => charge.Id);
        Assert.Equal(appliedEntries.Count, appliedEntries.Select(entry => entry.ChargeId).Distinct().Count());
        Assert.Equal(charges.Count(charge => charge.State == ChargeState.Applied), appliedEntries.Count);

        var applied = appliedEntries.Sum(entry => byId[entry.ChargeId!.Value].Amount);
        var expected = start.Reading!.Balance!.Value + applied;
        Assert.Equal(expected, end.Reading!.Balance);
        Assert.Equal(meter.Meter.Snapshot().Balance / 100m, end.Reading.Balance);
        return charges.Count(charge => charge.SettledLater);
    }

    private static async Task<Dictionary<string, MeterSnapshot>> ReadAllAsync(ProductHost product)
    {
        var snapshots = new Dictionary<string, MeterSnapshot>();
        await foreach (var report in product.Reads.ReadAllAsync(CancellationToken.None))
        {
            snapshots[report.Serial] = report.Snapshot;
        }

        return snapshots;
    }
}
