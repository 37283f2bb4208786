using Microsoft.Extensions.Time.Testing;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Simulator.Fleet;
using OpenPrepaid.Simulator.Tests.Support;

namespace OpenPrepaid.Simulator.Tests.Cosem;

/// <summary>The Clock over DLMS in a zone of UTC+2 with European daylight saving time.</summary>
public class ClockTests
{
    /// <summary>UTC+2, daylight saving (+1 h) from the last Sunday of March 03:00 to the last Sunday of October 04:00.</summary>
    private static readonly TimeZoneInfo EasternEurope = TimeZoneInfo.CreateCustomTimeZone(
        "Test/Eastern-Europe",
        TimeSpan.FromHours(2),
        "UTC+2 with EU daylight saving",
        "EET",
        "EEST",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date,
                DateTime.MaxValue.Date,
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 4, 0, 0), 10, 5, DayOfWeek.Sunday)),
        ]);

    [Fact]
    public async Task WinterTimeHasDeviationMinus120()
    {
        await using var fleet = await StartAsync(TestFleets.Monday);
        await using var client = await MeterClients.OpenAsync(fleet.Meters[0], MeterClients.Public);

        // Monday 2 March 2026 02:00:00.00 local, deviation -120 (FF 88), status 0.
        Assert.Equal(new OctetStringData(Hex.Parse("07EA 03 02 01 02 00 00 00 FF88 00")), await client.GetAsync(Obis.Attribute("clock", 2)));
        Assert.Equal(new LongData(-120), await client.GetAsync(Obis.Attribute("clock", 3)));
        Assert.Equal(new UnsignedData(0), await client.GetAsync(Obis.Attribute("clock", 4)));
    }

    [Fact]
    public async Task SummerTimeHasDeviationMinus180AndStatus80()
    {
        await using var fleet = await StartAsync(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));
        await using var client = await MeterClients.OpenAsync(fleet.Meters[0]);

        // Monday 15 June 2026 15:00 local summer time: deviation -180 (FF 4C), status 0x80 (daylight saving active).
        Assert.Equal(new OctetStringData(Hex.Parse("07EA 06 0F 01 0F 00 00 00 FF4C 80")), await client.GetAsync(Obis.Attribute("clock", 2)));
        Assert.Equal(new LongData(-120), await client.GetAsync(Obis.Attribute("clock", 3)));
        Assert.Equal(new UnsignedData(0x80), await client.GetAsync(Obis.Attribute("clock", 4)));
    }

    [Fact]
    public async Task DaylightSavingDatesAreThoseOfTheYear()
    {
        await using var fleet = await StartAsync(TestFleets.Monday);
        await using var client = await MeterClients.OpenAsync(fleet.Meters[0]);

        // Sunday 29 March 2026 03:00 standard time, and Sunday 25 October 2026 04:00 summer time.
        Assert.Equal(new OctetStringData(Hex.Parse("07EA 03 1D 07 03 00 00 00 FF88 00")), await client.GetAsync(Obis.Attribute("clock", 5)));
        Assert.Equal(new OctetStringData(Hex.Parse("07EA 0A 19 07 04 00 00 00 FF4C 80")), await client.GetAsync(Obis.Attribute("clock", 6)));
        Assert.Equal(new IntegerData(60), await client.GetAsync(Obis.Attribute("clock", 7)));
        Assert.Equal(new BooleanData(true), await client.GetAsync(Obis.Attribute("clock", 8)));
        Assert.Equal(new EnumData(1), await client.GetAsync(Obis.Attribute("clock", 9)));
    }

    [Fact]
    public async Task WrittenTimeIsKept()
    {
        var time = new FakeTimeProvider(TestFleets.Monday);
        await using var fleet = await TestFleets.StartAsync(TestFleets.Options(time) with { TimeZone = EasternEurope });
        await using var client = await MeterClients.OpenAsync(fleet.Meters[0]);

        // 10:30 local (UTC+2, deviation -120) on the same day: the clock runs 8.5 h ahead of the simulation.
        await client.SetAsync(Obis.Attribute("clock", 2), new OctetStringData(Hex.Parse("07EA 03 02 01 0A 1E 00 00 FF88 00")));
        time.Advance(TimeSpan.FromMinutes(5));
        var read = await client.GetAsync(Obis.Attribute("clock", 2));
        var shortValue = await client.TrySetAsync(new AttributeReference(Obis.Attribute("clock", 2)), new OctetStringData(new byte[11]));
        var noDate = await client.TrySetAsync(new AttributeReference(Obis.Attribute("clock", 2)), new OctetStringData(Enumerable.Repeat((byte)0xFF, 12).ToArray()));

        Assert.Equal(new OctetStringData(Hex.Parse("07EA 03 02 01 0A 23 00 00 FF88 00")), read);
        Assert.Equal(DataAccessResult.TypeUnmatched, shortValue);
        Assert.Equal(DataAccessResult.OtherReason, noDate);
    }

    [Fact]
    public async Task ZoneWithoutDaylightSavingHasNoDates()
    {
        await using var fleet = await TestFleets.StartAsync(TestFleets.Options(new FakeTimeProvider(TestFleets.Monday)));
        await using var client = await MeterClients.OpenAsync(fleet.Meters[0]);

        Assert.Equal(new OctetStringData(Enumerable.Repeat((byte)0xFF, 12).ToArray()), await client.GetAsync(Obis.Attribute("clock", 5)));
        Assert.Equal(new IntegerData(0), await client.GetAsync(Obis.Attribute("clock", 7)));
        Assert.Equal(new BooleanData(false), await client.GetAsync(Obis.Attribute("clock", 8)));
        Assert.Equal(new OctetStringData(Hex.Parse("07EA 03 02 01 00 00 00 00 0000 00")), await client.GetAsync(Obis.Attribute("clock", 2)));
    }

    private static Task<SimulatedFleet> StartAsync(DateTimeOffset start) =>
        TestFleets.StartAsync(TestFleets.Options(new FakeTimeProvider(start)) with { TimeZone = EasternEurope });
}
