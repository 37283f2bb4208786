using System.Globalization;
using OpenPrepaid.Dlms.Server;

namespace OpenPrepaid.Simulator.Faults;

/// <summary>
/// One fault of a meter: its kind, how many exchanges it affects (null: every one from then on), for the timed
/// kinds the delay in use, and how many exchanges it lets through first. <see cref="ToString"/> gives the rule
/// in the fault spec grammar.
/// </summary>
public sealed record FaultRule
{
    /// <summary>Longest delay a rule may use, so a typing slip cannot hang a client for hours.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(10);

    /// <param name="kind">What the fault does.</param>
    /// <param name="times">Exchanges it affects: 1 by default, null for every one.</param>
    /// <param name="delay">The delay of delay, trickle and pause-final; zero for the other kinds.</param>
    /// <param name="skip">
    /// Exchanges of the kinds the rule applies to that pass untouched before it starts, so that a fault can hit
    /// a chosen step: with skip 2, the third request (after the AARQ and one read) is the first affected.
    /// </param>
    public FaultRule(FaultKind kind, int? times = 1, TimeSpan delay = default, int skip = 0)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown fault kind.");
        }

        if (times is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(times), times, "A fault affects at least 1 exchange; null means every exchange.");
        }

        if (NeedsDelay(kind) ? delay <= TimeSpan.Zero || delay > MaxDelay : delay != TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, NeedsDelay(kind)
                ? $"A {kind} fault needs a delay above 0 and at most {MaxDelay.TotalMinutes} minutes."
                : $"A {kind} fault takes no delay.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(skip);

        Kind = kind;
        Times = kind == FaultKind.Dead ? null : times;
        Delay = delay;
        Skip = skip;
    }

    public FaultKind Kind { get; }

    /// <summary>Number of exchanges the rule affects; null for every exchange.</summary>
    public int? Times { get; }

    public TimeSpan Delay { get; }

    /// <summary>Exchanges the rule lets through before it starts.</summary>
    public int Skip { get; }

    /// <summary>A meter that never replies.</summary>
    public static FaultRule Dead { get; } = new(FaultKind.Dead, null);

    /// <summary>A meter that replies to every request (or the next <paramref name="times"/>) after <paramref name="delay"/>.</summary>
    public static FaultRule Slow(TimeSpan delay, int? times = null) => new(FaultKind.DelayAnswer, times, delay);

    /// <summary>Whether the kind uses <see cref="Delay"/>.</summary>
    public static bool NeedsDelay(FaultKind kind) => kind is FaultKind.DelayAnswer or FaultKind.TrickleAnswer or FaultKind.PauseBeforeFinalFrame;

    /// <summary>Whether the rule applies to an exchange of this kind: link setups only for ignore-snrm and dead.</summary>
    public bool AppliesTo(ExchangeKind exchange) => Kind switch
    {
        FaultKind.IgnoreLinkSetup => exchange == ExchangeKind.LinkSetup,
        FaultKind.Dead => true,
        _ => exchange == ExchangeKind.Apdu,
    };

    /// <summary>The fault the host injects for this rule.</summary>
    public ExchangeFault ToExchangeFault() => Kind switch
    {
        FaultKind.NoAnswer or FaultKind.IgnoreLinkSetup or FaultKind.Dead => new ExchangeFault(ExchangeFaultKind.NoAnswer),
        FaultKind.CloseBeforeApply => new ExchangeFault(ExchangeFaultKind.CloseBeforeApply),
        FaultKind.CloseAfterApply => new ExchangeFault(ExchangeFaultKind.CloseAfterApply),
        FaultKind.CorruptAnswer => new ExchangeFault(ExchangeFaultKind.CorruptAnswer),
        FaultKind.DelayAnswer => new ExchangeFault(ExchangeFaultKind.DelayAnswer, Delay),
        FaultKind.TrickleAnswer => new ExchangeFault(ExchangeFaultKind.TrickleAnswer, Delay),
        FaultKind.PauseBeforeFinalFrame => new ExchangeFault(ExchangeFaultKind.PauseBeforeFinalFrame, Delay),
        _ => ExchangeFault.None,
    };

    public override string ToString()
    {
        var text = FaultSpec.NameOf(Kind);
        if (NeedsDelay(Kind))
        {
            text += ":" + FormatDelay(Delay);
        }

        var defaultTimes = NeedsDelay(Kind) ? (int?)null : 1;
        if (Kind != FaultKind.Dead && Times != defaultTimes)
        {
            text += ":" + (Times is { } times ? times.ToString(CultureInfo.InvariantCulture) : FaultSpec.Always);
        }

        return Skip == 0 ? text : text + "@" + Skip.ToString(CultureInfo.InvariantCulture);
    }

    private static string FormatDelay(TimeSpan delay) =>
        delay.Ticks % TimeSpan.TicksPerSecond == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{(long)delay.TotalSeconds}s")
            : string.Create(CultureInfo.InvariantCulture, $"{(long)delay.TotalMilliseconds}ms");
}
