using System.Globalization;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Simulator.Fleet;

namespace OpenPrepaid.Web.Demo;

/// <summary>
/// Keeps the demo meters in the meter register: adds the missing ones and points the registered ones at the
/// ports, password and top-up key of this start. A meter counts as a demo meter when its memo starts with
/// <see cref="MemoPrefix"/>. Other meters are never changed or removed, even one whose serial number a demo
/// meter also has.
/// </summary>
internal static class DemoRegister
{
    public const string MemoPrefix = "demo";

    public static bool IsDemoMeter(Meter meter) => meter.Memo.StartsWith(MemoPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The memo of a demo meter: "demo", and what is special about it for someone trying the console.</summary>
    public static string MemoOf(FleetMeterPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);

        if (plan.Dead)
        {
            return "demo: dead, no response";
        }

        if (plan.ResponseDelay is { } delay)
        {
            return string.Create(CultureInfo.InvariantCulture, $"demo: slow, responds after {delay.TotalSeconds:0.#} s");
        }

        if (plan.RelayOpen)
        {
            return "demo: relay open";
        }

        return plan.Note.Length == 0 ? MemoPrefix : $"{MemoPrefix}: {plan.Note}";
    }

    /// <summary>Adds or updates every meter of the fleet, which must be listening, and returns what it did.</summary>
    public static async Task<DemoRegisterChanges> SyncAsync(MeterRegister register, IReadOnlyList<FleetMeter> meters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(meters);

        var registered = (await register.ListAsync(cancellationToken)).ToDictionary(meter => meter.Serial, StringComparer.Ordinal);
        var added = 0;
        var updated = 0;
        var skipped = new List<string>();
        foreach (var meter in meters)
        {
            var draft = DraftOf(meter);
            MeterRegisterResult result;
            if (!registered.TryGetValue(meter.SerialNumber, out var current))
            {
                result = await register.AddAsync(draft, cancellationToken);
                added++;
            }
            else if (IsDemoMeter(current))
            {
                result = await register.UpdateAsync(meter.SerialNumber, draft, cancellationToken);
                updated++;
            }
            else
            {
                skipped.Add(meter.SerialNumber);
                continue;
            }

            if (!result.Succeeded)
            {
                var problems = string.Join("; ", result.Violations.Select(violation => violation.Describe(CultureInfo.InvariantCulture)));
                throw new InvalidOperationException($"Demo meter {meter.SerialNumber} could not be registered: {problems}");
            }
        }

        return new DemoRegisterChanges(added, updated, skipped);
    }

    private static MeterDraft DraftOf(FleetMeter meter)
    {
        if (meter.Port == 0)
        {
            throw new InvalidOperationException($"Demo meter {meter.SerialNumber} has no port yet. Start the fleet before registering it.");
        }

        return new MeterDraft
        {
            Serial = meter.SerialNumber,
            Model = meter.ModelName,
            Memo = MemoOf(meter.Plan),
            ChannelKind = ChannelKind.Tcp,
            Host = meter.Host,
            Port = meter.Port,
            HdlcAddress = meter.HdlcAddress,
            ClientSap = FleetFile.ManagementClientSap,
            Password = meter.Password,
            TokenKey = meter.TopUpKey.ToArray(),
        };
    }
}
