using System.Globalization;
using Microsoft.Extensions.Logging;
using OpenPrepaid.Core.Channels;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Core.Logging;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Rules;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Core.Profiles;

/// <summary>
/// Keeps prepaid profiles and writes them to meters: every field is written, the settings are read back,
/// and each meter gets a result with a field-by-field mismatch report and a journal entry.
/// </summary>
public sealed class ProfileService
{
    private readonly IProfileStore _profiles;
    private readonly IMeterStore _meters;
    private readonly IJournal _journal;
    private readonly IMeterDriver _driver;
    private readonly ChannelScheduler _scheduler;
    private readonly TimeProvider _time;
    private readonly ILogger<ProfileService> _logger;

    public ProfileService(
        IProfileStore profiles,
        IMeterStore meters,
        IJournal journal,
        IMeterDriver driver,
        ISecretProtector protector,
        ChannelGate gate,
        MeterExchangeOptions options,
        TimeProvider time,
        ILogger<ProfileService> logger)
    {
        _profiles = profiles;
        _meters = meters;
        _journal = journal;
        _driver = driver;
        _time = time;
        _logger = logger;
        _scheduler = new ChannelScheduler(driver, protector, gate, options, time, logger);
    }

    public Task<IReadOnlyList<PrepaidProfile>> ListAsync(CancellationToken cancellationToken) => _profiles.ListAsync(cancellationToken);

    public Task<PrepaidProfile?> FindAsync(Guid id, CancellationToken cancellationToken) => _profiles.FindAsync(id, cancellationToken);

    /// <summary>Returns the drop-down entries: "settings in this meter" first, then the saved profiles by name.</summary>
    public async Task<IReadOnlyList<ProfileChoice>> ListChoicesAsync(CancellationToken cancellationToken)
    {
        var profiles = await _profiles.ListAsync(cancellationToken).ConfigureAwait(false);
        return [ProfileChoice.SettingsInMeter, .. profiles.Select(ProfileChoice.Of)];
    }

    public async Task<ProfileEditResult> CreateAsync(string name, PrepaidSettings settings, CancellationToken cancellationToken)
    {
        var violations = ProfileValidator.Validate(name, settings);
        if (violations.Count > 0)
        {
            return new ProfileEditResult(null, violations);
        }

        var profile = new PrepaidProfile(Guid.CreateVersion7(), name.Trim(), settings);
        var status = await _profiles.AddAsync(profile, cancellationToken).ConfigureAwait(false);
        return ResultOf(profile, status);
    }

    public async Task<ProfileEditResult> EditAsync(Guid id, string name, PrepaidSettings settings, CancellationToken cancellationToken)
    {
        var violations = ProfileValidator.Validate(name, settings);
        if (violations.Count > 0)
        {
            return new ProfileEditResult(null, violations);
        }

        var profile = await _profiles.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (profile is null)
        {
            return new ProfileEditResult(null, [new RuleViolation(RuleCode.ProfileNotFound, id)]);
        }

        profile.Change(name.Trim(), settings);
        var status = await _profiles.UpdateAsync(profile, cancellationToken).ConfigureAwait(false);
        return ResultOf(profile, status);
    }

    public Task<bool> RemoveAsync(Guid id, CancellationToken cancellationToken) => _profiles.RemoveAsync(id, cancellationToken);

    /// <summary>Reads the settings currently in one meter, for the "settings in this meter" entry.</summary>
    /// <returns>The settings, or null and the error in words.</returns>
    public async Task<(MeterSettings? Settings, string? Error)> ReadMeterSettingsAsync(string serial, CancellationToken cancellationToken)
    {
        var meter = await _meters.FindAsync(serial, cancellationToken).ConfigureAwait(false);
        if (meter is null)
        {
            return (null, "not in the register");
        }

        var results = _scheduler.RunAsync<(MeterSettings?, string?)>(
            [meter],
            async (access, connection, ct) => (await _driver.ReadSettingsAsync(access, connection, ct).ConfigureAwait(false), null),
            (_, _, error) => (null, error),
            cancellationToken);
        await foreach (var result in results.ConfigureAwait(false))
        {
            return result;
        }

        throw new InvalidOperationException($"Reading the settings of meter {serial} produced no result.");
    }

    /// <summary>
    /// Writes the chosen profile to the meters with the given serials, reporting each meter to
    /// <paramref name="progress"/> as it finishes. The "settings in this meter" entry is refused.
    /// </summary>
    public async Task<ProfileWriteBatch> WriteAsync(
        ProfileChoice choice,
        IReadOnlyCollection<string> serials,
        string operatorName,
        CultureInfo culture,
        IProgress<ProfileWriteResult>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(serials);
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorName);
        ArgumentNullException.ThrowIfNull(culture);

        if (!choice.IsWritable)
        {
            return Refused(new RuleViolation(RuleCode.SettingsInMeterNotWritable), culture);
        }

        var profile = await _profiles.FindAsync(choice.ProfileId!.Value, cancellationToken).ConfigureAwait(false);
        if (profile is null)
        {
            return Refused(new RuleViolation(RuleCode.ProfileNotFound, choice.ProfileName ?? choice.ProfileId.ToString()!), culture);
        }

        var meters = await _meters.FindManyAsync(serials.Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        var total = meters.Count;
        var results = new List<ProfileWriteResult>();
        var outcomes = _scheduler.RunAsync(
            meters,
            (access, connection, ct) => WriteOneAsync(profile.Settings, access, connection, ct),
            (meter, kind, error) => new ProfileWriteResult(meter.Serial, ProfileWriteStatus.Failed, [], [], error, kind, 0, total),
            cancellationToken);

        await foreach (var outcome in outcomes.ConfigureAwait(false))
        {
            var result = outcome with { Completed = results.Count + 1, Total = total };
            results.Add(result);

            var entry = new JournalEntry(
                _time.GetUtcNow(), operatorName, result.Serial, JournalEntryKind.SettingsWrite,
                ProfileJournalText.Request(profile), ProfileJournalText.Response(result));
            await _journal.AppendAsync(entry, CancellationToken.None).ConfigureAwait(false);
            CoreLog.ProfileWritten(
                _logger, result.Serial, profile.Name, operatorName,
                result.FieldResults.Count(r => r.Outcome != SettingWriteOutcome.Written), result.Mismatches.Count);
            progress?.Report(result);
        }

        return new ProfileWriteBatch(null, null, results);
    }

    private async Task<ProfileWriteResult> WriteOneAsync(
        PrepaidSettings settings, MeterAccess meter, IMeterConnection connection, CancellationToken cancellationToken)
    {
        var fieldResults = await _driver.WriteSettingsAsync(meter, connection, settings, cancellationToken).ConfigureAwait(false);
        var refused = fieldResults.Any(r => r.Outcome != SettingWriteOutcome.Written);
        try
        {
            var readBack = await _driver.ReadSettingsAsync(meter, connection, cancellationToken).ConfigureAwait(false);
            var mismatches = SettingsComparison.Compare(settings, readBack);
            var status = refused || mismatches.Count > 0 ? ProfileWriteStatus.Incomplete : ProfileWriteStatus.Written;
            return new ProfileWriteResult(meter.Serial, status, fieldResults, mismatches, null, null, 0, 0);
        }
        catch (MeterExchangeException exception)
        {
            return new ProfileWriteResult(
                meter.Serial, ProfileWriteStatus.Incomplete, fieldResults, [], "written, but the read-back failed: " + exception.Message, exception.Kind, 0, 0);
        }
    }

    private static ProfileEditResult ResultOf(PrepaidProfile profile, ProfileSaveStatus status) => status switch
    {
        ProfileSaveStatus.Saved => new ProfileEditResult(profile, []),
        ProfileSaveStatus.NameTaken => new ProfileEditResult(null, [new RuleViolation(RuleCode.ProfileNameTaken, profile.Name)]),
        _ => new ProfileEditResult(null, [new RuleViolation(RuleCode.ProfileNotFound, profile.Name)]),
    };

    private static ProfileWriteBatch Refused(RuleViolation violation, CultureInfo culture) =>
        new(violation, violation.Describe(culture), []);
}
