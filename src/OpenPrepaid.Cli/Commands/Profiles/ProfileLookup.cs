using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Cli.Commands.Profiles;

/// <summary>Finds a saved profile by name, without regard to case as the store keeps names unique.</summary>
internal static class ProfileLookup
{
    /// <exception cref="CommandFailedException">No profile has that name (exit code 2).</exception>
    public static async Task<PrepaidProfile> FindAsync(ProfileService profiles, string name, CommandScope scope, CancellationToken cancellationToken)
    {
        var all = await profiles.ListAsync(cancellationToken).ConfigureAwait(false);
        var trimmed = name.Trim();
        return all.FirstOrDefault(p => string.Equals(p.Name, trimmed, StringComparison.OrdinalIgnoreCase))
            ?? throw Violations.Invalid(new RuleViolation(RuleCode.ProfileNotFound, trimmed), scope.Culture);
    }
}
