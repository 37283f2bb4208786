using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Data.Tests;

public abstract partial class PersistenceSuite<TFixture>
{
    private static readonly PrepaidSettings ProfileSettings = new(
        new TariffPrices(4.3200m, 2.1600m, 0.3424m, 100_000m),
        new DisplaySettings(DisplayItems.Balance | DisplayItems.EnergyPerTariff, 60, 3),
        new RelayRules(0.001m, -100_000m, NeverSwitchOff: true, NoSwitchOffOnSaturday: false, NoSwitchOffOnSunday: true));

    [Fact]
    public async Task ProfileKeepsEveryField()
    {
        var profile = new PrepaidProfile(Guid.NewGuid(), "Profile " + Guid.NewGuid().ToString("N"), ProfileSettings);

        Assert.Equal(ProfileSaveStatus.Saved, await Fixture.Profiles.AddAsync(profile, default));
        var stored = (await Fixture.Profiles.FindAsync(profile.Id, default))!;

        Assert.Equal(profile.Name, stored.Name);
        Assert.Equal(ProfileSettings, stored.Settings);
    }

    [Fact]
    public async Task ProfileNamesAreUniqueIgnoringCase()
    {
        var name = "Market " + Guid.NewGuid().ToString("N");
        await Fixture.Profiles.AddAsync(new PrepaidProfile(Guid.NewGuid(), name, ProfileSettings), default);

        var upper = await Fixture.Profiles.AddAsync(new PrepaidProfile(Guid.NewGuid(), name.ToUpperInvariant(), ProfileSettings), default);

        Assert.Equal(ProfileSaveStatus.NameTaken, upper);
    }

    [Fact]
    public async Task ConcurrentProfilesWithOneNameStoreOne()
    {
        var name = "Flats " + Guid.NewGuid().ToString("N");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Task.Run(() => Fixture.Profiles.AddAsync(new PrepaidProfile(Guid.NewGuid(), name, ProfileSettings), default))));

        Assert.Single(results, r => r == ProfileSaveStatus.Saved);
        Assert.All(results.Where(r => r != ProfileSaveStatus.Saved), r => Assert.Equal(ProfileSaveStatus.NameTaken, r));
    }

    [Fact]
    public async Task ProfileUpdateAndRemove()
    {
        var profile = new PrepaidProfile(Guid.NewGuid(), "Campus " + Guid.NewGuid().ToString("N"), ProfileSettings);
        await Fixture.Profiles.AddAsync(profile, default);

        profile.Change(profile.Name + " North", ProfileSettings with { Prices = new TariffPrices(1m, 2m, 3m, 4m) });
        var updated = await Fixture.Profiles.UpdateAsync(profile, default);
        var removed = await Fixture.Profiles.RemoveAsync(profile.Id, default);
        var missing = await Fixture.Profiles.UpdateAsync(profile, default);

        Assert.Equal(ProfileSaveStatus.Saved, updated);
        Assert.True(removed);
        Assert.Equal(ProfileSaveStatus.NotFound, missing);
        Assert.Null(await Fixture.Profiles.FindAsync(profile.Id, default));
    }
}
