using System.Globalization;
using OpenPrepaid.Meters.Tokens;

namespace OpenPrepaid.Simulator.Faults;

/// <summary>
/// The fault spec grammar of <c>openprepaid simulate --faults</c>:
/// <code>
/// spec     = rule *("," rule)
/// rule     = target "=" fault ["@" skip]
/// target   = serial-number / "*"                  ; "*" gives every meter its own copy of the rule
/// skip     = 1*DIGIT                              ; let this many exchanges through first
/// fault    = "dead"                               ; no reply at all, link setup included
///          / counted [":" times]                  ; the next N requests, 1 when no count is given
///          / timed ":" duration [":" times]       ; every request when no count is given
/// counted  = "noanswer" / "close-before" / "close-after" / "corrupt" / "ignore-snrm"
/// timed    = "delay" / "trickle" / "pause-final"
/// times    = 1*DIGIT / "always"
/// duration = 1*DIGIT ("ms" / "s")                 ; at most 10 minutes
/// </code>
/// Example: <c>SIM00003=noanswer:2,SIM00007=close-before,*=delay:200ms</c>; <c>SIM00003=close-after@2</c>
/// closes the connection after applying the third request. A meter takes its rules in spec order: each exchange
/// gets the first rule that applies, has skipped its exchanges and still has a count left.
/// </summary>
public static class FaultSpec
{
    public const string Always = "always";

    /// <summary>The accepted forms of a fault, for error messages and help text.</summary>
    public const string AcceptedForms =
        "noanswer[:N], close-before[:N], close-after[:N], corrupt[:N], ignore-snrm[:N], "
        + "delay:DURATION[:N], trickle:DURATION[:N], pause-final:DURATION[:N] or dead, each optionally followed by @SKIP, "
        + "where N is a count from 1 or 'always', DURATION is like 200ms or 3s and SKIP is the number of requests to let through first";

    private static readonly Dictionary<string, FaultKind> Kinds = new(StringComparer.Ordinal)
    {
        ["noanswer"] = FaultKind.NoAnswer,
        ["close-before"] = FaultKind.CloseBeforeApply,
        ["close-after"] = FaultKind.CloseAfterApply,
        ["corrupt"] = FaultKind.CorruptAnswer,
        ["delay"] = FaultKind.DelayAnswer,
        ["trickle"] = FaultKind.TrickleAnswer,
        ["pause-final"] = FaultKind.PauseBeforeFinalFrame,
        ["ignore-snrm"] = FaultKind.IgnoreLinkSetup,
        ["dead"] = FaultKind.Dead,
    };

    /// <summary>The name of a kind in a spec, such as <c>close-before</c>.</summary>
    public static string NameOf(FaultKind kind) => Kinds.First(pair => pair.Value == kind).Key;

    /// <summary>Parses a spec; null or blank is no faults. Throws <see cref="FaultSpecException"/> naming the wrong token.</summary>
    public static FaultPlan Parse(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec))
        {
            return FaultPlan.Empty;
        }

        var assignments = new List<FaultAssignment>();
        foreach (var part in spec.Split(','))
        {
            assignments.Add(ParseRule(part.Trim()));
        }

        return new FaultPlan(assignments);
    }

    private static FaultAssignment ParseRule(string rule)
    {
        if (rule.Length == 0)
        {
            throw Error(FaultSpecProblem.MissingEquals, rule, rule, "the rule is empty; separate rules with single commas");
        }

        var equals = rule.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            throw Error(FaultSpecProblem.MissingEquals, rule, rule, "expected TARGET=FAULT, where TARGET is a serial number or *");
        }

        var target = rule[..equals].Trim();
        if (target != FaultAssignment.EveryMeter && (!TokenCodec.IsValidSerial(target) || target.Contains(':', StringComparison.Ordinal)))
        {
            throw Error(FaultSpecProblem.InvalidTarget, rule, target, "the target is neither * nor a serial number of printable characters");
        }

        var fault = rule[(equals + 1)..].Trim();
        var at = fault.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return new FaultAssignment(target, ParseFault(rule, fault));
        }

        var parsed = ParseFault(rule, fault[..at].Trim());
        var skip = ParseSkip(rule, fault[(at + 1)..].Trim());
        return new FaultAssignment(target, new FaultRule(parsed.Kind, parsed.Times, parsed.Delay, skip));
    }

    private static int ParseSkip(string rule, string text)
    {
        if (text.Length > 0 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var skip) && skip >= 1)
        {
            return skip;
        }

        throw Error(FaultSpecProblem.InvalidSkip, rule, text, "the number after @ must be a whole number from 1: the requests to let through first");
    }

    private static FaultRule ParseFault(string rule, string fault)
    {
        var arguments = fault.Split(':');
        var name = arguments[0].Trim();
        if (!Kinds.TryGetValue(name, out var kind))
        {
            throw Error(FaultSpecProblem.UnknownKind, rule, name, $"unknown fault kind; the accepted forms are {AcceptedForms}");
        }

        if (kind == FaultKind.Dead)
        {
            return arguments.Length == 1 ? FaultRule.Dead : throw TooMany(rule, fault, name);
        }

        if (!FaultRule.NeedsDelay(kind))
        {
            return arguments.Length switch
            {
                1 => new FaultRule(kind, 1),
                2 => new FaultRule(kind, ParseTimes(rule, arguments[1].Trim())),
                _ => throw TooMany(rule, fault, name),
            };
        }

        if (arguments.Length == 1)
        {
            throw Error(FaultSpecProblem.MissingDelay, rule, fault, $"'{name}' needs a duration, as in {name}:200ms");
        }

        var delay = ParseDelay(rule, arguments[1].Trim());
        return arguments.Length switch
        {
            2 => new FaultRule(kind, null, delay),
            3 => new FaultRule(kind, ParseTimes(rule, arguments[2].Trim()), delay),
            _ => throw TooMany(rule, fault, name),
        };
    }

    private static int? ParseTimes(string rule, string text)
    {
        if (text == Always)
        {
            return null;
        }

        if (text.Length > 0 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var times) && times >= 1)
        {
            return times;
        }

        throw Error(FaultSpecProblem.InvalidTimes, rule, text, "the count must be a whole number from 1, or 'always'");
    }

    private static TimeSpan ParseDelay(string rule, string text)
    {
        var (digits, unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], TimeSpan.TicksPerMillisecond)
            : text.EndsWith('s') ? (text[..^1], TimeSpan.TicksPerSecond)
            : (text, 0L);
        if (unit > 0 && digits.Length is > 0 and <= 9 && digits.All(char.IsAsciiDigit))
        {
            var delay = TimeSpan.FromTicks(long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) * unit);
            if (delay > TimeSpan.Zero && delay <= FaultRule.MaxDelay)
            {
                return delay;
            }
        }

        throw Error(FaultSpecProblem.InvalidDelay, rule, text, "the duration must be a whole number of ms or s, above 0 and at most 10 minutes, as in 200ms or 3s");
    }

    private static FaultSpecException TooMany(string rule, string fault, string name) =>
        Error(FaultSpecProblem.TooManyArguments, rule, fault, $"too many arguments for '{name}'; the accepted forms are {AcceptedForms}");

    private static FaultSpecException Error(FaultSpecProblem problem, string rule, string token, string reason) =>
        new(problem, token, $"Invalid fault rule '{rule}' at '{token}': {reason}.");
}
