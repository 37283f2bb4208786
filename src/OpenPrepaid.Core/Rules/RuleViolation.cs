using System.Globalization;
using OpenPrepaid.Core.Resources;

namespace OpenPrepaid.Core.Rules;

/// <summary>
/// A broken rule with the values its message needs. The message is produced on demand in the culture the
/// caller asks for, so one result can be shown in English and in Ukrainian.
/// </summary>
public sealed class RuleViolation
{
    public RuleViolation(RuleCode code, params object[] arguments)
    {
        Code = code;
        Arguments = arguments;
    }

    public RuleCode Code { get; }

    /// <summary>Values substituted into the message, in the order of its placeholders.</summary>
    public IReadOnlyList<object> Arguments { get; }

    /// <summary>Formats the message in <paramref name="culture"/> (numbers and text alike).</summary>
    public string Describe(CultureInfo culture) => Messages.Format(Code, culture, Arguments);

    public override string ToString() => Describe(CultureInfo.InvariantCulture);
}
