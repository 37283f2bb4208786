using System.Globalization;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Tests.Rules;

public sealed class ChargeRulesTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Ukrainian = CultureInfo.GetCultureInfo("uk");

    [Theory]
    [InlineData("1")]
    [InlineData("1.00")]
    [InlineData("12.5")]
    [InlineData("4999999.99")]
    [InlineData("5000000")]
    [InlineData("-1")]
    [InlineData("-99999.99")]
    [InlineData("-100000")]
    public void AmountWithinRangeIsAccepted(string amount)
    {
        Assert.Null(ChargeRules.CheckAmount(Parse(amount)));
    }

    [Theory]
    [InlineData("0", RuleCode.AmountZero)]
    [InlineData("0.001", RuleCode.AmountTooManyDecimals)]
    [InlineData("1.001", RuleCode.AmountTooManyDecimals)]
    [InlineData("0.99", RuleCode.TopUpOutOfRange)]
    [InlineData("5000000.01", RuleCode.TopUpOutOfRange)]
    [InlineData("-0.99", RuleCode.WriteOffOutOfRange)]
    [InlineData("-100000.01", RuleCode.WriteOffOutOfRange)]
    public void AmountOutsideRangeIsRejected(string amount, RuleCode expected)
    {
        var violation = ChargeRules.CheckAmount(Parse(amount));

        Assert.NotNull(violation);
        Assert.Equal(expected, violation.Code);
    }

    [Fact]
    public void TopUpAboveLimitNamesTheRange()
    {
        var violation = ChargeRules.CheckAmount(5_000_000.01m)!;

        Assert.Equal("A top-up of 5,000,000.01 is outside the allowed range of 1 to 5,000,000.", violation.Describe(English));
        Assert.Equal("Поповнення на 5 000 000,01 виходить за дозволені межі: від 1 до 5 000 000.", violation.Describe(Ukrainian).Replace('\u00A0', ' '));
    }

    [Fact]
    public void WriteOffBelowLimitNamesTheRange()
    {
        var violation = ChargeRules.CheckAmount(-100_000.01m)!;

        Assert.Equal("A write-off of -100,000.01 is outside the allowed range of -1 to -100,000.", violation.Describe(English));
    }

    [Fact]
    public void ZeroAmountNamesBothRanges()
    {
        var message = ChargeRules.CheckAmount(0m)!.Describe(English);

        Assert.Equal("The amount must not be zero. Enter a top-up from 1 to 5,000,000 or a write-off from -1 to -100,000.", message);
    }

    [Theory]
    [InlineData("14999000", "1000", null)]
    [InlineData("14999000", "1000.01", RuleCode.BalanceAboveMaximum)]
    [InlineData("0", "5000000", null)]
    [InlineData("-99000", "-1000", null)]
    [InlineData("-99000", "-1000.01", RuleCode.BalanceBelowMinimum)]
    [InlineData("-100000", "1", null)]
    [InlineData("15000000", "-1", null)]
    public void ResultingBalanceStaysWithinLimits(string balance, string amount, RuleCode? expected)
    {
        var violation = ChargeRules.CheckResultingBalance(Parse(balance), Parse(amount));

        Assert.Equal(expected, violation?.Code);
    }

    [Fact]
    public void BalanceAboveMaximumGivesCurrentBalanceAndLimit()
    {
        var violation = ChargeRules.CheckResultingBalance(14_999_000m, 1000.01m)!;

        Assert.Equal(
            "Cancelled before sending: the current balance is 14,999,000.00, and 1,000.01 would bring it to 15,000,000.01, above the maximum balance of 15,000,000.",
            violation.Describe(English));
        Assert.Equal(
            "Скасовано до надсилання: поточний баланс 14 999 000,00, і 1 000,01 довели б його до 15 000 000,01, що більше за максимальний баланс 15 000 000.",
            violation.Describe(Ukrainian).Replace('\u00A0', ' '));
    }

    [Fact]
    public void BalanceBelowMinimumGivesCurrentBalanceAndLimit()
    {
        var message = ChargeRules.CheckResultingBalance(-99_000m, -1000.01m)!.Describe(English);

        Assert.Equal(
            "Cancelled before sending: the current balance is -99,000.00, and -1,000.01 would bring it to -100,000.01, below the minimum balance of -100,000.",
            message);
    }

    private static decimal Parse(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
