using System.Globalization;
using FsCheck.Xunit;
using OpenPrepaid.Core.Money;

namespace OpenPrepaid.Core.Tests.Money;

public sealed class DecimalInputParserTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Ukrainian = CultureInfo.GetCultureInfo("uk");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo UnitedStates = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("1,234.56", "1234.56")]
    [InlineData("1234.56", "1234.56")]
    [InlineData("5'000'000", "5000000")]
    [InlineData("5\u2019000\u2019000", "5000000")]
    [InlineData("-100,000", "-100000")]
    [InlineData("\u2212100,000", "-100000")]
    [InlineData("+12.5", "12.5")]
    [InlineData("  42  ", "42")]
    [InlineData("1,234", "1234")]
    [InlineData("0.01", "0.01")]
    public void EnglishAcceptsItsOwnNotation(string text, string expected)
    {
        var result = AmountParser.Parse(text, English);

        Assert.True(result.IsValid, result.Violation?.ToString());
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), result.Value);
    }

    [Theory]
    [InlineData("1 234,56", "1234.56")]
    [InlineData("1\u00A0234,56", "1234.56")]
    [InlineData("1\u202F234,56", "1234.56")]
    [InlineData("1234,56", "1234.56")]
    [InlineData("5'000'000", "5000000")]
    [InlineData("5 000 000", "5000000")]
    [InlineData("-100 000", "-100000")]
    [InlineData("-1", "-1")]
    public void UkrainianAcceptsItsOwnNotation(string text, string expected)
    {
        var result = AmountParser.Parse(text, Ukrainian);

        Assert.True(result.IsValid, result.Violation?.ToString());
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), result.Value);
    }

    [Theory]
    [InlineData("1,5", NumberParseError.MisplacedGroupSeparator)]
    [InlineData("1,234,56", NumberParseError.MisplacedGroupSeparator)]
    [InlineData("12,34,567", NumberParseError.MisplacedGroupSeparator)]
    [InlineData(",234", NumberParseError.MisplacedGroupSeparator)]
    [InlineData("1.234", NumberParseError.TooManyDecimals)]
    [InlineData("1.000", NumberParseError.TooManyDecimals)]
    [InlineData("0.001", NumberParseError.TooManyDecimals)]
    [InlineData("1.2.3", NumberParseError.MultipleDecimalSeparators)]
    [InlineData("1.234,5", NumberParseError.MisplacedGroupSeparator)]
    [InlineData("1 234.56", NumberParseError.InvalidCharacter)]
    [InlineData("5'000,000", NumberParseError.MixedGroupSeparators)]
    [InlineData(".5", NumberParseError.MissingDigits)]
    [InlineData("5.", NumberParseError.MissingDigits)]
    [InlineData("-", NumberParseError.MissingDigits)]
    [InlineData("", NumberParseError.Empty)]
    [InlineData("   ", NumberParseError.Empty)]
    [InlineData("1e5", NumberParseError.InvalidCharacter)]
    [InlineData("$5", NumberParseError.InvalidCharacter)]
    [InlineData("--5", NumberParseError.MisplacedSign)]
    [InlineData("5-", NumberParseError.MisplacedSign)]
    [InlineData("1234567890123456", NumberParseError.TooLarge)]
    public void EnglishRejectsWhatItCannotReadOneWay(string text, NumberParseError expected)
    {
        var result = AmountParser.Parse(text, English);

        Assert.False(result.IsValid);
        Assert.Equal(expected, result.Error);
        Assert.NotNull(result.Violation);
    }

    [Theory]
    [InlineData("1.5", NumberParseError.InvalidCharacter)]
    [InlineData("1,234", NumberParseError.TooManyDecimals)]
    [InlineData("1,2,3", NumberParseError.MultipleDecimalSeparators)]
    [InlineData("1 23,5", NumberParseError.MisplacedGroupSeparator)]
    [InlineData("5'000 000", NumberParseError.MixedGroupSeparators)]
    [InlineData("1,234.56", NumberParseError.InvalidCharacter)]
    public void UkrainianRejectsWhatItCannotReadOneWay(string text, NumberParseError expected)
    {
        var result = AmountParser.Parse(text, Ukrainian);

        Assert.False(result.IsValid);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void CommaInEnglishIsExplainedInEachLanguage()
    {
        var result = AmountParser.Parse("1,5", English);

        var english = result.Violation!.Describe(English);
        var ukrainian = result.Violation.Describe(Ukrainian);
        Assert.Equal("'1,5' is ambiguous: ',' may only split the digits before the decimal separator '.' into groups of three.", english);
        Assert.Equal("«1,5» неоднозначне: «,» може лише розділяти цифри перед десятковим роздільником «.» на групи по три.", ukrainian);
    }

    [Fact]
    public void SpaceInEnglishNamesTheCultureGroupSeparator()
    {
        var message = AmountParser.Parse("1 000", English).Violation!.Describe(English);

        Assert.Equal("'1 000' is not a valid number: the character ' ' is not accepted. Use digits, '.' as the decimal separator and, if you like, ',' or an apostrophe between thousands.", message);
    }

    [Fact]
    public void DotInUkrainianNamesTheDecimalSeparator()
    {
        var message = AmountParser.Parse("1.5", Ukrainian).Violation!.Describe(Ukrainian);

        Assert.Contains("«.»", message, StringComparison.Ordinal);
        Assert.Contains("«,» як десятковий роздільник", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyDecimalsMessageGivesCountAndLimit()
    {
        var message = AmountParser.Parse("0.001", English).Violation!.Describe(English);

        Assert.Equal("'0.001' has 3 decimal places; at most 2 are allowed.", message);
    }

    [Fact]
    public void PricesKeepFourDecimals()
    {
        var comma = DecimalInputParser.Parse("0,3424", German, 4);
        var dot = DecimalInputParser.Parse("0.3424", UnitedStates, 4);

        Assert.Equal(0.3424m, comma.Value);
        Assert.Equal(0.3424m, dot.Value);
    }

    [Fact]
    public void DotGroupingCultureReadsOneClearRule()
    {
        var dotted = DecimalInputParser.Parse("0.3424", German, 4);
        var grouped = DecimalInputParser.Parse("1.234,5", German, 4);

        Assert.False(dotted.IsValid);
        Assert.Equal(NumberParseError.MisplacedGroupSeparator, dotted.Error);
        Assert.Equal(1234.5m, grouped.Value);
    }

    [Property]
    public bool FormattedAmountsParseBackInBothLanguages(long cents)
    {
        var value = (cents % 100_000_000_000_000L) / 100m;

        var english = AmountParser.Parse(value.ToString("N2", English), English);
        var ukrainian = AmountParser.Parse(value.ToString("N2", Ukrainian), Ukrainian);

        return english.IsValid && english.Value == value && ukrainian.IsValid && ukrainian.Value == value;
    }
}
