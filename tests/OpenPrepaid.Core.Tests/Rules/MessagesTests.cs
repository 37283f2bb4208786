using System.Globalization;
using System.Text.RegularExpressions;
using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Resources;
using OpenPrepaid.Core.Rules;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Core.Tests.Rules;

public sealed partial class MessagesTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Ukrainian = CultureInfo.GetCultureInfo("uk");

    private static readonly string[] MeterFieldNames =
    [
        "Serial", "Model", "Memo", "Host", "Port", "SerialPortName", "BaudRate", "HdlcAddress",
        "LogicalDeviceAddress", "ClientSap", "Password", "TokenKey", "ProfileName",
    ];

    public static TheoryData<RuleCode> Codes() => [.. Enum.GetValues<RuleCode>()];

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCodeHasEnglishAndUkrainianText(RuleCode code)
    {
        var english = Messages.Get(code.ToString(), English);
        var ukrainian = Messages.Get(code.ToString(), Ukrainian);

        Assert.NotEqual(english, ukrainian);
        Assert.Matches(Cyrillic(), ukrainian);
        Assert.Equal(Placeholders(english), Placeholders(ukrainian));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCodeFormatsWithItsArguments(RuleCode code)
    {
        var count = Placeholders(Messages.Get(code.ToString(), English)).DefaultIfEmpty(-1).Max() + 1;
        var arguments = Enumerable.Range(0, count).Select(i => (object)("value" + i)).ToArray();

        var english = new RuleViolation(code, arguments).Describe(English);
        var ukrainian = new RuleViolation(code, arguments).Describe(Ukrainian);

        Assert.DoesNotContain("{", english, StringComparison.Ordinal);
        Assert.DoesNotContain("{", ukrainian, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldAndStateNamesExistInBothLanguages()
    {
        var names = Enum.GetValues<SettingField>().Select(f => LocalizedName.Field(f.ToString()))
            .Concat(Enum.GetValues<ChargeState>().Select(s => LocalizedName.Of(s)))
            .Concat(MeterFieldNames.Select(LocalizedName.Field));

        foreach (var name in names)
        {
            Assert.NotEqual(name.ToString(null, English), name.ToString(null, Ukrainian));
        }
    }

    [Fact]
    public void FieldNameFollowsTheMessageLanguage()
    {
        var violation = new RuleViolation(RuleCode.FieldOutOfRange, LocalizedName.Field("PriceTariff2"), 100_000.5m, 0m, 100_000m);

        Assert.Equal("Price for tariff 2 is 100,000.5; the allowed range is 0 to 100,000.", violation.Describe(English));
        Assert.Equal(
            "Ціна за тарифом 2: значення 100 000,5 поза дозволеними межами від 0 до 100 000.",
            violation.Describe(Ukrainian).Replace('\u00A0', ' '));
    }

    private static int[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order()];

    [GeneratedRegex(@"\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();
}
