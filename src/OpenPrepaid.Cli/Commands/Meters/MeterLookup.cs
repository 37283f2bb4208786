using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Cli.Commands.Meters;

/// <summary>Finds the meters that a command names, failing with exit code 2 for a serial number not in the register.</summary>
internal static class MeterLookup
{
    public static async Task<Meter> FindAsync(MeterRegister register, string serial, CommandScope scope, CancellationToken cancellationToken)
    {
        var meter = await register.FindAsync(serial.Trim(), cancellationToken).ConfigureAwait(false);
        return meter ?? throw Violations.Invalid(new RuleViolation(RuleCode.MeterNotFound, serial), scope.Culture);
    }

    /// <summary>Checks that every serial is registered, naming all the missing ones; returns them trimmed and without repeats.</summary>
    public static async Task<IReadOnlyList<string>> CheckAllAsync(
        MeterRegister register, IEnumerable<string> serials, CommandScope scope, CancellationToken cancellationToken)
    {
        var requested = serials.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var missing = new List<RuleViolation>();
        foreach (var serial in requested)
        {
            if (await register.FindAsync(serial, cancellationToken).ConfigureAwait(false) is null)
            {
                missing.Add(new RuleViolation(RuleCode.MeterNotFound, serial));
            }
        }

        return missing.Count > 0 ? throw Violations.Invalid(missing, scope.Culture) : requested;
    }
}
