using Microsoft.Extensions.Time.Testing;
using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Meters.Tokens;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Tests.Behaviour;

/// <summary>Meters on a fake clock, with a known serial and key, and tokens for them.</summary>
internal static class TestMeters
{
    public const string Serial = "SIM00042";

    /// <summary>Monday 2 March 2026, 00:00 UTC.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Saturday = Monday.AddDays(5);

    public static readonly byte[] Key = [.. Enumerable.Range(0x40, TokenCodec.KeyLength).Select(value => (byte)value)];

    public static SimulatedMeterOptions Options() => new()
    {
        SerialNumber = Serial,
        Seed = 42,
        InitialBalance = 100_000,
        TopUpKey = Key,
    };

    public static (SimulatedMeter Meter, FakeTimeProvider Time) Create(SimulatedMeterOptions? options = null, DateTimeOffset? start = null)
    {
        var time = new FakeTimeProvider(start ?? Monday);
        return (new SimulatedMeter(options ?? Options(), time), time);
    }

    /// <summary>A meter drawing a constant load, 1000 W by default.</summary>
    public static (SimulatedMeter Meter, FakeTimeProvider Time) CreateConstant(
        int watts = 1000,
        Func<SimulatedMeterOptions, SimulatedMeterOptions>? configure = null,
        DateTimeOffset? start = null)
    {
        var options = Options() with { Load = LoadProfile.Constant(watts) };
        return Create(configure is null ? options : configure(options), start);
    }

    public static byte[] Token(uint sequence, long amount, string serial = Serial, byte[]? key = null)
    {
        return TokenCodec.Build(new TopUpToken(serial, sequence, amount, Monday), key ?? Key);
    }

    public static MeterSnapshot Advance(this (SimulatedMeter Meter, FakeTimeProvider Time) meter, TimeSpan duration)
    {
        meter.Time.Advance(duration);
        return meter.Meter.Snapshot();
    }

    public static decimal Display(long minorUnits) => MoneyScaling.ToDecimal(minorUnits, CurrencyDefinition.Hryvnia.Scale);
}
