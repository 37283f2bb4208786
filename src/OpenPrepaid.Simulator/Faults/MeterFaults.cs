using OpenPrepaid.Dlms.Server;

namespace OpenPrepaid.Simulator.Faults;

/// <summary>
/// The faults one meter injects, changeable at any time from any thread. Each exchange takes the first rule
/// that applies to its kind (link setup or request), has let through all the exchanges it skips, and still has
/// a count left. It uses up one count of that rule and one skip of every rule still skipping.
/// </summary>
public sealed class MeterFaults
{
    private readonly Lock _sync = new();
    private readonly List<ActiveRule> _rules = [];
    private long _injected;

    public MeterFaults(string serialNumber)
    {
        SerialNumber = serialNumber;
    }

    public string SerialNumber { get; }

    /// <summary>Number of faults injected so far.</summary>
    public long Injected => Interlocked.Read(ref _injected);

    /// <summary>The rules still in force, with the counts they have left.</summary>
    public IReadOnlyList<FaultRule> Pending
    {
        get
        {
            lock (_sync)
            {
                return [.. _rules.Select(rule => new FaultRule(rule.Rule.Kind, rule.Remaining, rule.Rule.Delay, rule.Skip))];
            }
        }
    }

    /// <summary>Adds a rule after those already in force.</summary>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_sync)
        {
            _rules.Add(new ActiveRule(rule));
        }
    }

    /// <summary>Replaces every rule with <paramref name="rules"/>.</summary>
    public void Set(IEnumerable<FaultRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var active = rules.Select(rule => new ActiveRule(rule)).ToList();
        lock (_sync)
        {
            _rules.Clear();
            _rules.AddRange(active);
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _rules.Clear();
        }
    }

    /// <summary>Chooses the fault of the exchange that is about to start; the hosts call it.</summary>
    public ExchangeFault Next(ExchangeKind exchange)
    {
        lock (_sync)
        {
            var index = -1;
            for (var i = 0; i < _rules.Count; i++)
            {
                var rule = _rules[i];
                if (!rule.Rule.AppliesTo(exchange))
                {
                    continue;
                }

                if (rule.Skip > 0)
                {
                    rule.Skip--;
                }
                else if (index < 0)
                {
                    index = i;
                }
            }

            if (index < 0)
            {
                return ExchangeFault.None;
            }

            var active = _rules[index];
            if (active.Remaining is { } remaining)
            {
                if (remaining <= 1)
                {
                    _rules.RemoveAt(index);
                }
                else
                {
                    active.Remaining = remaining - 1;
                }
            }

            Interlocked.Increment(ref _injected);
            return active.Rule.ToExchangeFault();
        }
    }

    private sealed class ActiveRule(FaultRule rule)
    {
        public FaultRule Rule { get; } = rule;

        public int? Remaining { get; set; } = rule.Times;

        public int Skip { get; set; } = rule.Skip;
    }
}
