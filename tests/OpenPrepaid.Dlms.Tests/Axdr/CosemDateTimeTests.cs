using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Tests.Support;

namespace OpenPrepaid.Dlms.Tests.Axdr;

/// <summary>
/// COSEM date-time: 12 bytes of year, month, day, weekday, hour, minute, second, hundredths, deviation and
/// clock status, where the standard convention is UTC = local time + deviation (IEC 62056-6-2, Clock).
/// </summary>
public class CosemDateTimeTests
{
    [Fact]
    public void ClockTimeOfSetExampleDecodesField()
    {
        // Clock time from the SET example of the dlms-cosem tests (tests/test_xdlms/test_set.py).
        var bytes = Hex.Parse("07 E5 01 18 FF 0E 30 39 50 FF C4 00");

        var value = CosemDateTime.Decode(bytes);

        Assert.Equal(new CosemDate(2021, 1, 24, CosemDate.NotSpecified), value.Date);
        Assert.Equal(new CosemTime(14, 48, 57, 80), value.Time);
        Assert.Equal((short)-60, value.Deviation);
        Assert.Equal(ClockStatus.Ok, value.Status);
        Assert.Equal(bytes, value.Encode());
        Assert.Equal(new DateTimeOffset(2021, 1, 24, 13, 48, 57, 800, TimeSpan.Zero), value.ToDateTimeOffset()!.Value.ToUniversalTime());
    }

    [Fact]
    public void NegativeDeviationMeansLocalTimeAheadOfUtc()
    {
        // A meter in Austria in summer: local 20:23:45.00 on Saturday 2024-06-15, deviation -120, daylight
        // saving active (status 0x80). The instant is 18:23:45 UTC; 22:23:45 UTC would be the sign applied backwards.
        var value = CosemDateTime.Decode(Hex.Parse("07 E8 06 0F 06 14 17 2D 00 FF 88 80"));

        Assert.Equal(new CosemDate(2024, 6, 15, 6), value.Date);
        Assert.Equal(new CosemTime(20, 23, 45, 0), value.Time);
        Assert.Equal((short)-120, value.Deviation);
        Assert.Equal(ClockStatus.DaylightSavingActive, value.Status);

        var instant = value.ToDateTimeOffset(DeviationConvention.Standard)!.Value;
        Assert.Equal(new DateTime(2024, 6, 15, 20, 23, 45), instant.DateTime);
        Assert.Equal(TimeSpan.FromHours(2), instant.Offset);
        Assert.Equal(new DateTime(2024, 6, 15, 18, 23, 45, DateTimeKind.Utc), instant.UtcDateTime);
    }

    [Fact]
    public void InvertedConventionReadsDeviationAsUtcOffset()
    {
        var value = CosemDateTime.Decode(Hex.Parse("07 E8 06 0F 06 14 17 2D 00 FF 88 80"));

        var instant = value.ToDateTimeOffset(DeviationConvention.Inverted)!.Value;

        Assert.Equal(new DateTime(2024, 6, 15, 22, 23, 45, DateTimeKind.Utc), instant.UtcDateTime);
    }

    [Theory]
    [InlineData(2, DeviationConvention.Standard, "07 E8 06 0F 06 14 17 2D 00 FF 88 00")]
    [InlineData(2, DeviationConvention.Inverted, "07 E8 06 0F 06 14 17 2D 00 00 78 00")]
    [InlineData(-5, DeviationConvention.Standard, "07 E8 06 0F 06 14 17 2D 00 01 2C 00")]
    [InlineData(0, DeviationConvention.Standard, "07 E8 06 0F 06 14 17 2D 00 00 00 00")]
    public void FromDateTimeOffsetSignsDeviationByConvention(int offsetHours, DeviationConvention convention, string expected)
    {
        var local = new DateTimeOffset(2024, 6, 15, 20, 23, 45, TimeSpan.FromHours(offsetHours));

        var value = CosemDateTime.FromDateTimeOffset(local, ClockStatus.Ok, convention);

        Assert.Equal(Hex.Parse(expected), value.Encode());
        Assert.Equal(local, value.ToDateTimeOffset(convention));
    }

    [Fact]
    public void UnspecifiedStatusRoundTrips()
    {
        // Several meters accept a clock write only with status 0xFF, so it must never turn into "OK" (0x00).
        var bytes = Hex.Parse("07 E8 06 0F 06 14 17 2D 00 FF 88 FF");

        var value = CosemDateTime.Decode(bytes);

        Assert.Null(value.Status);
        Assert.NotEqual(ClockStatus.Ok, value.Status);
        Assert.Equal(bytes, value.Encode());
    }

    [Fact]
    public void DeviationNotSpecifiedDiffersFromUtc()
    {
        var unspecified = CosemDateTime.Decode(Hex.Parse("07 E8 06 0F FF 00 00 00 00 80 00 FF"));
        var utc = CosemDateTime.Decode(Hex.Parse("07 E8 06 0F FF 00 00 00 00 00 00 FF"));

        Assert.Null(unspecified.Deviation);
        Assert.Equal((short)0, utc.Deviation);
        Assert.Null(unspecified.ToDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2024, 6, 15, 0, 0, 0, TimeSpan.Zero), unspecified.ToDateTimeOffset(unspecifiedDeviationAsUtc: true));
        Assert.Equal(new DateTimeOffset(2024, 6, 15, 0, 0, 0, TimeSpan.Zero), utc.ToDateTimeOffset());
        Assert.Equal(Hex.Parse("07 E8 06 0F FF 00 00 00 00 80 00 FF"), unspecified.Encode());
    }

    [Theory]
    [InlineData("FF FF 06 0F FF 14 17 2D 00 00 00 00")]
    [InlineData("07 E8 FF 0F FF 14 17 2D 00 00 00 00")]
    [InlineData("07 E8 FE 0F FF 14 17 2D 00 00 00 00")]
    [InlineData("07 E8 06 FF FF 14 17 2D 00 00 00 00")]
    [InlineData("07 E8 06 FE FF 14 17 2D 00 00 00 00")]
    [InlineData("07 E8 02 1E FF 14 17 2D 00 00 00 00")]
    [InlineData("07 E8 06 0F FF FF 17 2D 00 00 00 00")]
    [InlineData("07 E8 06 0F FF 14 FF 2D 00 00 00 00")]
    [InlineData("07 E8 06 0F FF 18 17 2D 00 00 00 00")]
    [InlineData("07 E8 06 0F FF 14 17 2D 00 7F FF 00")]
    public void WildcardOrInvalidFieldsHaveNoInstant(string hex)
    {
        var value = CosemDateTime.Decode(Hex.Parse(hex));

        Assert.Null(value.ToDateTimeOffset());
        Assert.Equal(Hex.Parse(hex), value.Encode());
    }

    [Theory]
    [InlineData("00 00 01 01 FF 00 00 00 00 00 00 00")]
    [InlineData("27 10 01 01 FF 00 00 00 00 00 00 00")]
    [InlineData("FF FE 12 1F FF 17 3B 3B 63 00 00 00")]
    public void YearOutsideDotNetRangeHasNoInstant(string hex)
    {
        // Years 0 and 10000..65534 are valid COSEM values that DateOnly cannot hold.
        var value = CosemDateTime.Decode(Hex.Parse(hex));

        Assert.Null(value.Date.ToDateOnly());
        Assert.Null(value.ToDateTimeOffset());
    }

    [Theory]
    [InlineData("00 01 01 01 FF 00 1E 00 00 FF C4 00")]
    [InlineData("27 0F 0C 1F FF 17 3B 3B 63 00 3C 00")]
    public void InstantOutsideDateTimeOffsetRangeHasNoInstant(string hex)
    {
        // 0001-01-01 00:30 at UTC+1 and 9999-12-31 23:59 at UTC-1 lie outside the range of UTC instants.
        var value = CosemDateTime.Decode(Hex.Parse(hex));

        Assert.Null(value.ToDateTimeOffset());
    }

    [Fact]
    public void UnspecifiedSecondsCountAsZero()
    {
        var value = CosemDateTime.Decode(Hex.Parse("07 E8 06 0F 06 14 17 FF FF FF 88 00"));

        Assert.Equal(new DateTimeOffset(2024, 6, 15, 20, 23, 0, TimeSpan.FromHours(2)), value.ToDateTimeOffset());
    }

    [Theory]
    [InlineData("")]
    [InlineData("07 E8 06 0F 06 14 17 2D 00 FF 88")]
    [InlineData("07 E8 06 0F 06 14 17 2D 00 FF 88 80 00")]
    public void OctetStringOfWrongLengthIsRejected(string hex)
    {
        Assert.Throws<DlmsProtocolException>(() => CosemDateTime.Decode(Hex.Parse(hex)));
    }

    [Fact]
    public void DayOfWeekCountsFromMonday()
    {
        Assert.Equal((byte)1, CosemDate.FromDateOnly(new DateOnly(2024, 6, 10)).DayOfWeek);
        Assert.Equal((byte)6, CosemDate.FromDateOnly(new DateOnly(2024, 6, 15)).DayOfWeek);
        Assert.Equal((byte)7, CosemDate.FromDateOnly(new DateOnly(2024, 6, 16)).DayOfWeek);
    }
}
