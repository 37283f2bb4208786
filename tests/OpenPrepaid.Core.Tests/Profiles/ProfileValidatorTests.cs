using System.Globalization;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Rules;
using OpenPrepaid.Core.Settings;
using OpenPrepaid.Core.Tests.Support;

namespace OpenPrepaid.Core.Tests.Profiles;

public sealed class ProfileValidatorTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void ValidProfileHasNoViolations()
    {
        Assert.Empty(ProfileValidator.Validate("Market", SampleSettings.Valid()));
    }

    [Theory]
    [InlineData("0", null)]
    [InlineData("100000", null)]
    [InlineData("0.0001", null)]
    [InlineData("100000.0001", RuleCode.FieldOutOfRange)]
    [InlineData("-0.0001", RuleCode.FieldOutOfRange)]
    [InlineData("1.23456", RuleCode.FieldTooManyDecimals)]
    public void PriceBounds(string price, RuleCode? expected)
    {
        var value = decimal.Parse(price, CultureInfo.InvariantCulture);
        var settings = SampleSettings.Valid() with { Prices = new TariffPrices(value, value, value, value) };

        var violations = ProfileValidator.ValidateSettings(settings);

        // The same price in all four tariffs: one violation per tariff when the value itself is invalid.
        Assert.Equal(expected, violations.Select(v => (RuleCode?)v.Code).Distinct().SingleOrDefault());
    }

    [Theory]
    [InlineData("3.2767", "0.5", null)]
    [InlineData("4.3215", "2.1", RuleCode.PricesNeedCommonScale)]
    [InlineData("4.32", "2.16", null)]
    [InlineData("100000", "1", RuleCode.PricesNeedCommonScale)]
    [InlineData("100000", "20", null)]
    [InlineData("0.3424", "0.3424", null)]
    [InlineData("4.25", "0.3424", RuleCode.PricesNeedCommonScale)]
    public void PricesMustShareOneMeterScale(string first, string second, RuleCode? expected)
    {
        var a = decimal.Parse(first, CultureInfo.InvariantCulture);
        var b = decimal.Parse(second, CultureInfo.InvariantCulture);
        var settings = SampleSettings.Valid() with { Prices = new TariffPrices(a, b, b, b) };

        var violations = ProfileValidator.ValidateSettings(settings);

        Assert.Equal(expected, violations.SingleOrDefault()?.Code);
    }

    [Fact]
    public void PriceScaleViolationNamesTheLimit()
    {
        var settings = SampleSettings.Valid() with { Prices = new TariffPrices(4.3215m, 2.1m, 2.1m, 2.1m) };

        var message = ProfileValidator.ValidateSettings(settings).Single().Describe(English);

        Assert.Contains("4.3215, 2.1, 2.1, 2.1", message, StringComparison.Ordinal);
        Assert.Contains("with 4 decimal places no price may exceed 3.2767", message, StringComparison.Ordinal);
    }

    [Fact]
    public void PriceViolationNamesFieldValueAndRange()
    {
        var settings = SampleSettings.Valid() with { Prices = new TariffPrices(1m, 1m, 1m, 100_000.5m) };

        var message = ProfileValidator.ValidateSettings(settings).Single().Describe(English);

        Assert.Equal("Price for tariff 4 is 100,000.5; the allowed range is 0 to 100,000.", message);
    }

    [Theory]
    [InlineData(0, RuleCode.FieldOutOfRange)]
    [InlineData(1, null)]
    [InlineData(60, null)]
    [InlineData(61, RuleCode.FieldOutOfRange)]
    public void SecondsPerItemBounds(int seconds, RuleCode? expected)
    {
        var settings = SampleSettings.Valid() with { Display = new DisplaySettings(DisplayItems.Balance, seconds, 2) };

        Assert.Equal(expected, ProfileValidator.ValidateSettings(settings).SingleOrDefault()?.Code);
    }

    [Theory]
    [InlineData(-1, RuleCode.FieldOutOfRange)]
    [InlineData(0, null)]
    [InlineData(3, null)]
    [InlineData(4, RuleCode.FieldOutOfRange)]
    public void EnergyDecimalsBounds(int decimals, RuleCode? expected)
    {
        var settings = SampleSettings.Valid() with { Display = new DisplaySettings(DisplayItems.Balance, 10, decimals) };

        Assert.Equal(expected, ProfileValidator.ValidateSettings(settings).SingleOrDefault()?.Code);
    }

    [Fact]
    public void SecondsViolationSaysSoInEnglish()
    {
        var settings = SampleSettings.Valid() with { Display = new DisplaySettings(DisplayItems.Balance, 61, 2) };

        var message = ProfileValidator.ValidateSettings(settings).Single().Describe(English);

        Assert.Equal("Seconds per display item is 61; the allowed range is 1 to 60.", message);
    }

    [Theory]
    [InlineData("-0.001", RuleCode.FieldOutOfRange)]
    [InlineData("0", null)]
    [InlineData("10000", null)]
    [InlineData("10000.001", RuleCode.FieldOutOfRange)]
    [InlineData("1.0005", RuleCode.FieldTooManyDecimals)]
    public void PowerLimitBounds(string limit, RuleCode? expected)
    {
        var value = decimal.Parse(limit, CultureInfo.InvariantCulture);
        var settings = SampleSettings.Valid() with { Relay = SampleSettings.Valid().Relay with { PowerLimitKw = value } };

        Assert.Equal(expected, ProfileValidator.ValidateSettings(settings).SingleOrDefault()?.Code);
    }

    [Theory]
    [InlineData("-100000", null)]
    [InlineData("-100000.01", RuleCode.FieldOutOfRange)]
    [InlineData("-5.5", null)]
    [InlineData("15000000", null)]
    [InlineData("15000000.01", RuleCode.FieldOutOfRange)]
    [InlineData("1.005", RuleCode.FieldTooManyDecimals)]
    public void SwitchOffThresholdMayBeNegative(string threshold, RuleCode? expected)
    {
        var value = decimal.Parse(threshold, CultureInfo.InvariantCulture);
        var settings = SampleSettings.Valid() with { Relay = SampleSettings.Valid().Relay with { SwitchOffThreshold = value } };

        Assert.Equal(expected, ProfileValidator.ValidateSettings(settings).SingleOrDefault()?.Code);
    }

    [Fact]
    public void DisplayNeedsAtLeastOneKnownItem()
    {
        var none = SampleSettings.Valid() with { Display = new DisplaySettings(DisplayItems.None, 10, 2) };
        var unknown = SampleSettings.Valid() with { Display = new DisplaySettings((DisplayItems)(1 << 12), 10, 2) };

        Assert.Equal(RuleCode.DisplayItemsEmpty, ProfileValidator.ValidateSettings(none).Single().Code);
        Assert.Equal(RuleCode.DisplayItemsUnknown, ProfileValidator.ValidateSettings(unknown).Single().Code);
    }

    [Theory]
    [InlineData("", RuleCode.FieldRequired)]
    [InlineData("   ", RuleCode.FieldRequired)]
    public void NameIsRequired(string name, RuleCode expected)
    {
        Assert.Equal(expected, ProfileValidator.Validate(name, SampleSettings.Valid()).Single().Code);
    }

    [Fact]
    public void NameHasMaximumLength()
    {
        Assert.Empty(ProfileValidator.Validate(new string('n', 100), SampleSettings.Valid()));
        Assert.Equal(RuleCode.FieldTooLong, ProfileValidator.Validate(new string('n', 101), SampleSettings.Valid()).Single().Code);
    }
}
