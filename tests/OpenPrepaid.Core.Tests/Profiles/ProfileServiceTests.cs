using System.Globalization;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Rules;
using OpenPrepaid.Core.Settings;
using OpenPrepaid.Core.Tests.Support;

namespace OpenPrepaid.Core.Tests.Profiles;

public sealed class ProfileServiceTests : IAsyncLifetime
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private CoreHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await CoreHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task CreatedProfileIsListedAfterSettingsInMeter()
    {
        var created = await _harness.Profiles.CreateAsync("  Market  ", SampleSettings.Valid(), default);

        var choices = await _harness.Profiles.ListChoicesAsync(default);

        Assert.True(created.Succeeded);
        Assert.Equal("Market", created.Profile!.Name);
        Assert.True(choices[0].IsSettingsInMeter);
        Assert.False(choices[0].IsWritable);
        Assert.Equal("Settings in this meter", choices[0].DisplayName(English));
        Assert.Equal("Налаштування в лічильнику", choices[0].DisplayName(CultureInfo.GetCultureInfo("uk")));
        Assert.Equal("Market", choices[1].ProfileName);
        Assert.Equal(SampleSettings.Valid(), (await _harness.Profiles.FindAsync(created.Profile.Id, default))!.Settings);
    }

    [Fact]
    public async Task NamesAreUniqueWithoutRegardToCase()
    {
        await _harness.Profiles.CreateAsync("Market", SampleSettings.Valid(), default);

        var duplicate = await _harness.Profiles.CreateAsync("MARKET", SampleSettings.Valid(), default);

        Assert.False(duplicate.Succeeded);
        Assert.Equal(RuleCode.ProfileNameTaken, duplicate.Violations.Single().Code);
        Assert.Equal("A profile named 'MARKET' already exists; choose another name.", duplicate.Violations.Single().Describe(English));
    }

    [Fact]
    public async Task InvalidProfileIsNotSaved()
    {
        var settings = SampleSettings.Valid() with { Display = new DisplaySettings(DisplayItems.Balance, 0, 5) };

        var result = await _harness.Profiles.CreateAsync("Bad", settings, default);

        Assert.Equal(2, result.Violations.Count);
        Assert.Empty(await _harness.Profiles.ListAsync(default));
    }

    [Fact]
    public async Task EditRenamesAndRemoveDeletes()
    {
        var first = (await _harness.Profiles.CreateAsync("Campus", SampleSettings.Valid(), default)).Profile!;
        await _harness.Profiles.CreateAsync("Flats", SampleSettings.Valid(), default);

        var clash = await _harness.Profiles.EditAsync(first.Id, "flats", SampleSettings.Valid(), default);
        var renamed = await _harness.Profiles.EditAsync(first.Id, "Campus North", SampleSettings.Valid() with { Prices = new TariffPrices(1m, 2m, 3m, 4m) }, default);
        var removed = await _harness.Profiles.RemoveAsync(first.Id, default);

        Assert.Equal(RuleCode.ProfileNameTaken, clash.Violations.Single().Code);
        Assert.Equal("Campus North", renamed.Profile!.Name);
        Assert.True(removed);
        Assert.Equal(["Flats"], (await _harness.Profiles.ListAsync(default)).Select(p => p.Name));
    }

    [Fact]
    public async Task SettingsInMeterCannotBeWritten()
    {
        await _harness.AddMeterAsync("M1", 10m);

        var batch = await _harness.Profiles.WriteAsync(ProfileChoice.SettingsInMeter, ["M1"], "engineer", English, null, default);

        Assert.Equal(RuleCode.SettingsInMeterNotWritable, batch.Violation!.Code);
        Assert.Empty(batch.Results);
        Assert.Empty(await _harness.Journal.QueryAsync(new JournalQuery("M1"), default));
    }

    [Fact]
    public async Task WriteReportsEachMeterFieldByField()
    {
        var profile = (await _harness.Profiles.CreateAsync("Market", SampleSettings.Valid(), default)).Profile!;
        await _harness.AddMeterAsync("GOOD", 10m, port: 5000, hdlcAddress: 17);
        (await _harness.AddMeterAsync("ROUNDS", 10m, port: 5000, hdlcAddress: 18)).RoundedPriceFields.Add(SettingField.PriceTariff3);
        (await _harness.AddMeterAsync("REFUSES", 10m, port: 5001)).RefusedFields.Add(SettingField.PowerLimitKw);
        (await _harness.AddMeterAsync("NO-SAT", 10m, port: 5002)).UnsupportedFields.Add(SettingField.NoSwitchOffOnSaturday);
        (await _harness.AddMeterAsync("QUIET", 10m, port: 5003)).Silent = true;
        var progress = new List<ProfileWriteResult>();

        var batch = await _harness.Profiles.WriteAsync(
            ProfileChoice.Of(profile), ["GOOD", "ROUNDS", "REFUSES", "NO-SAT", "QUIET"], "engineer", English, new SyncProgress(progress.Add), default);

        var results = batch.Results.ToDictionary(r => r.Serial);
        Assert.Equal(ProfileWriteStatus.Written, results["GOOD"].Status);
        Assert.Empty(results["GOOD"].Mismatches);

        var rounded = Assert.Single(results["ROUNDS"].Mismatches);
        Assert.Equal(ProfileWriteStatus.Incomplete, results["ROUNDS"].Status);
        Assert.Equal(SettingField.PriceTariff3, rounded.Field);
        Assert.Equal(1.2345m, rounded.Expected);
        Assert.Equal(1.234m, rounded.Actual);

        Assert.Equal(SettingWriteOutcome.Rejected, results["REFUSES"].FieldResults.Single(f => f.Field == SettingField.PowerLimitKw).Outcome);
        Assert.Equal(SettingField.PowerLimitKw, Assert.Single(results["REFUSES"].Mismatches).Field);

        var missing = Assert.Single(results["NO-SAT"].Mismatches);
        Assert.Equal(SettingField.NoSwitchOffOnSaturday, missing.Field);
        Assert.Null(missing.Actual);

        Assert.Equal(ProfileWriteStatus.Failed, results["QUIET"].Status);
        Assert.Equal("timed out after 3 attempts", results["QUIET"].Error);

        Assert.Equal([1, 2, 3, 4, 5], progress.Select(p => p.Completed));
        var journal = await _harness.Journal.QueryAsync(new JournalQuery(), default);
        Assert.Equal(5, journal.Count(e => e.Kind == JournalEntryKind.SettingsWrite));
        var roundsEntry = journal.Single(e => e.MeterSerial == "ROUNDS");
        Assert.Equal("engineer", roundsEntry.Operator);
        Assert.StartsWith("write profile 'Market': PriceTariff1=3.2", roundsEntry.Request, StringComparison.Ordinal);
        Assert.Contains("PriceTariff3 read back 1.234, expected 1.2345", roundsEntry.Response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsInMeterAreReadLive()
    {
        var meter = await _harness.AddMeterAsync("M1", 10m);
        meter.Settings = SampleSettings.Valid().ToMeterSettings();

        var (settings, error) = await _harness.Profiles.ReadMeterSettingsAsync("M1", default);

        Assert.Null(error);
        Assert.Equal(3.2m, settings!.Prices!.Tariff1);
        Assert.Empty(SettingsComparison.Compare(SampleSettings.Valid(), settings));
    }

    private sealed class SyncProgress(Action<ProfileWriteResult> report) : IProgress<ProfileWriteResult>
    {
        public void Report(ProfileWriteResult value) => report(value);
    }
}
