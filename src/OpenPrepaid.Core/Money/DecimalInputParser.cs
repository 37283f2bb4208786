using System.Globalization;
using System.Text;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Money;

/// <summary>
/// Parses a decimal number typed by an operator in the operator's culture, rejecting anything that could
/// be read two ways instead of guessing.
/// </summary>
/// <remarks>
/// The rule, in full:
/// <list type="bullet">
/// <item>Only the culture's decimal separator ends the integer part (<c>.</c> in English, <c>,</c> in
/// Ukrainian). The other of <c>.</c> and <c>,</c> is accepted only where the culture uses it to group
/// thousands, so <c>1,5</c> in English and <c>1.5</c> in Ukrainian are rejected.</item>
/// <item>Thousands may be grouped with the culture's group separator, with an apostrophe
/// (<c>5'000'000</c>), and, where the culture groups with a space, with any of the space, the no-break
/// space, the narrow no-break space and the thin space. Groups after the first have exactly three digits
/// and one number uses one kind of separator.</item>
/// <item>A number with more decimal places than allowed is rejected even when the extra digits are zeros:
/// <c>1.000</c> in English is one, not a thousand, and with two places allowed it is rejected rather than
/// read as either.</item>
/// <item>One leading minus (hyphen-minus or U+2212) or plus; digits are required on both sides of the
/// decimal separator; no currency symbols or exponents.</item>
/// </list>
/// </remarks>
public static class DecimalInputParser
{
    /// <summary>Fifteen integer digits keep every accepted value far inside <see cref="decimal"/>.</summary>
    public const int MaxIntegerDigits = 15;

    public static NumberParseResult Parse(string? text, CultureInfo culture, int maxDecimals)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDecimals);

        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(NumberParseError.Empty, RuleCode.NumberEmpty);
        }

        var input = text.Trim();
        var decimalSeparator = culture.NumberFormat.NumberDecimalSeparator[0];
        var cultureGroupSeparator = culture.NumberFormat.NumberGroupSeparator.Length > 0
            ? culture.NumberFormat.NumberGroupSeparator[0]
            : ' ';

        var body = input.AsSpan();
        var negative = false;
        if (body[0] is '-' or '\u2212')
        {
            negative = true;
            body = body[1..];
        }
        else if (body[0] == '+')
        {
            body = body[1..];
        }

        var separatorIndex = body.IndexOf(decimalSeparator);
        if (separatorIndex >= 0 && body[(separatorIndex + 1)..].Contains(decimalSeparator))
        {
            return Fail(NumberParseError.MultipleDecimalSeparators, RuleCode.NumberMultipleDecimalSeparators, input, decimalSeparator);
        }

        var integerPart = separatorIndex >= 0 ? body[..separatorIndex] : body;
        var fractionPart = separatorIndex >= 0 ? body[(separatorIndex + 1)..] : [];
        var integerDigits = new StringBuilder();

        var integerError = ReadIntegerPart(integerPart, cultureGroupSeparator, integerDigits, out var offending);
        if (integerError != NumberParseError.None)
        {
            return FailFor(integerError, input, offending, decimalSeparator, cultureGroupSeparator);
        }

        if (separatorIndex >= 0 && fractionPart.IsEmpty)
        {
            return Fail(NumberParseError.MissingDigits, RuleCode.NumberMissingDigits, input);
        }

        foreach (var c in fractionPart)
        {
            if (!char.IsAsciiDigit(c))
            {
                var error = IsSign(c) ? NumberParseError.MisplacedSign
                    : IsGroupSeparator(c, cultureGroupSeparator) ? NumberParseError.MisplacedGroupSeparator
                    : NumberParseError.InvalidCharacter;
                return FailFor(error, input, c, decimalSeparator, cultureGroupSeparator);
            }
        }

        var significantIntegerDigits = integerDigits.ToString().TrimStart('0');
        if (significantIntegerDigits.Length > MaxIntegerDigits)
        {
            return Fail(NumberParseError.TooLarge, RuleCode.NumberTooLarge, input, MaxIntegerDigits);
        }

        if (fractionPart.Length > maxDecimals)
        {
            return Fail(NumberParseError.TooManyDecimals, RuleCode.NumberTooManyDecimals, input, fractionPart.Length, maxDecimals);
        }

        var invariantText = fractionPart.IsEmpty
            ? integerDigits.ToString()
            : string.Concat(integerDigits.ToString(), ".", fractionPart);
        var value = decimal.Parse(invariantText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

        return NumberParseResult.Valid(negative ? -value : value);
    }

    private static NumberParseError ReadIntegerPart(ReadOnlySpan<char> part, char cultureGroupSeparator, StringBuilder digits, out char offending)
    {
        offending = '\0';
        if (part.IsEmpty)
        {
            return NumberParseError.MissingDigits;
        }

        char? separatorKind = null;
        var groupLength = 0;
        var groupCount = 0;
        var firstGroupLength = 0;

        foreach (var c in part)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
                groupLength++;
                continue;
            }

            offending = c;
            if (IsSign(c))
            {
                return NumberParseError.MisplacedSign;
            }

            if (!IsGroupSeparator(c, cultureGroupSeparator))
            {
                return NumberParseError.InvalidCharacter;
            }

            var kind = SeparatorKind(c);
            if (separatorKind is { } seen && seen != kind)
            {
                return NumberParseError.MixedGroupSeparators;
            }

            separatorKind = kind;
            if (!IsValidGroup(groupCount, groupLength))
            {
                return NumberParseError.MisplacedGroupSeparator;
            }

            if (groupCount == 0)
            {
                firstGroupLength = groupLength;
            }

            groupCount++;
            groupLength = 0;
        }

        if (groupCount > 0 && (groupLength != 3 || firstGroupLength is < 1 or > 3))
        {
            offending = separatorKind ?? '\0';
            return NumberParseError.MisplacedGroupSeparator;
        }

        return groupLength == 0 && groupCount == 0 ? NumberParseError.MissingDigits : NumberParseError.None;
    }

    private static bool IsValidGroup(int groupIndex, int length) =>
        groupIndex == 0 ? length is >= 1 and <= 3 : length == 3;

    private static bool IsSign(char c) => c is '-' or '\u2212' or '+';

    private static bool IsSpaceLike(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsGroupSeparator(char c, char cultureGroupSeparator) =>
        IsApostrophe(c)
        || c == cultureGroupSeparator
        || (IsSpaceLike(cultureGroupSeparator) && IsSpaceLike(c));

    /// <summary>Collapses the spaces to one kind and the apostrophes to another, so mixing is detectable.</summary>
    private static char SeparatorKind(char c) => IsSpaceLike(c) ? ' ' : IsApostrophe(c) ? '\'' : c;

    private static NumberParseResult FailFor(NumberParseError error, string input, char offending, char decimalSeparator, char groupSeparator) => error switch
    {
        NumberParseError.MissingDigits => Fail(error, RuleCode.NumberMissingDigits, input),
        NumberParseError.MisplacedSign => Fail(error, RuleCode.NumberMisplacedSign, input),
        NumberParseError.MixedGroupSeparators => Fail(error, RuleCode.NumberMixedGroupSeparators, input),
        NumberParseError.MisplacedGroupSeparator => Fail(error, RuleCode.NumberMisplacedGroupSeparator, input, Visible(offending), decimalSeparator),
        _ => Fail(NumberParseError.InvalidCharacter, RuleCode.NumberInvalidCharacter, input, Visible(offending), decimalSeparator, Visible(groupSeparator)),
    };

    /// <summary>Shows an invisible separator by name, so a message about it can be read.</summary>
    private static string Visible(char c) => c switch
    {
        ' ' => " ",
        '\u00A0' => " ",
        '\u202F' => "U+202F",
        '\u2009' => "U+2009",
        _ => c.ToString(),
    };

    private static NumberParseResult Fail(NumberParseError error, RuleCode code, params object[] arguments) =>
        NumberParseResult.Invalid(error, new RuleViolation(code, arguments));
}
