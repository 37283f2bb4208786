using System.Globalization;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Cli;

/// <summary>Turns the domain's rule violations into a failure with exit code 2 (invalid input).</summary>
internal static class Violations
{
    /// <summary>Builds a failure with every violation's message, one per line, and the first violation's code.</summary>
    public static CommandFailedException Invalid(IReadOnlyList<RuleViolation> violations, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(violations);
        ArgumentOutOfRangeException.ThrowIfZero(violations.Count);

        var message = string.Join(Environment.NewLine, violations.Select(v => v.Describe(culture)));
        return new CommandFailedException(ExitCodes.InvalidInput, violations[0].Code.ToString(), message);
    }

    public static CommandFailedException Invalid(RuleViolation violation, CultureInfo culture) => Invalid([violation], culture);
}
