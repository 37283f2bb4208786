using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Money;

/// <summary>
/// Outcome of parsing operator input: the value when valid, otherwise the reason and a violation
/// that can be described in the operator's language.
/// </summary>
public sealed record NumberParseResult
{
    private NumberParseResult(decimal value, NumberParseError error, RuleViolation? violation)
    {
        Value = value;
        Error = error;
        Violation = violation;
    }

    public decimal Value { get; }

    public NumberParseError Error { get; }

    public RuleViolation? Violation { get; }

    public bool IsValid => Error == NumberParseError.None;

    internal static NumberParseResult Valid(decimal value) => new(value, NumberParseError.None, null);

    internal static NumberParseResult Invalid(NumberParseError error, RuleViolation violation) => new(0m, error, violation);
}
