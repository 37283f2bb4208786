using OpenPrepaid.Cli.Tests.Support;

namespace OpenPrepaid.Cli.Tests;

/// <summary><c>profiles list|show|add|edit|remove</c>: options for every field, checked by Core.</summary>
public class ProfileCommandTests
{
    [Fact]
    public async Task AddSetsEveryFieldFromOptions()
    {
        var workspace = new Workspace();

        var result = await workspace.RunAsync(
            "profiles", "add", "Market", "--price1", "3.2717", "--price2", "2.1", "--price3", "0", "--price4", "1",
            "--display-items", "balance,temperature,relay-state", "--seconds-per-item", "7", "--energy-decimals", "3",
            "--power-limit", "5.5", "--switch-off-threshold", "-20.5", "--never-switch-off", "--no-switch-off-saturday", "true",
            "--no-switch-off-sunday", "false", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Market", result.Json.GetProperty("name").GetString());
        var settings = result.Json.GetProperty("settings");
        Assert.Equal(3.2717m, settings.GetProperty("priceTariff1").GetDecimal());
        Assert.Equal(2.1m, settings.GetProperty("priceTariff2").GetDecimal());
        Assert.Equal(0m, settings.GetProperty("priceTariff3").GetDecimal());
        Assert.Equal(1m, settings.GetProperty("priceTariff4").GetDecimal());
        Assert.Equal(["balance", "temperature", "relay-state"], settings.GetProperty("displayItems").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(7, settings.GetProperty("displaySecondsPerItem").GetInt32());
        Assert.Equal(3, settings.GetProperty("displayEnergyDecimals").GetInt32());
        Assert.Equal(5.5m, settings.GetProperty("powerLimitKw").GetDecimal());
        Assert.Equal(-20.5m, settings.GetProperty("switchOffThreshold").GetDecimal());
        Assert.True(settings.GetProperty("neverSwitchOff").GetBoolean());
        Assert.True(settings.GetProperty("noSwitchOffOnSaturday").GetBoolean());
        Assert.False(settings.GetProperty("noSwitchOffOnSunday").GetBoolean());
    }

    [Fact]
    public async Task NewProfileDefaultsFollowTariffOne()
    {
        var workspace = new Workspace();

        var result = await workspace.RunAsync(["profiles", "add", "Flat", "--price1", "3,5", "--json"], "uk");

        Assert.True(result.ExitCode == 0, result.ToString());
        var settings = result.Json.GetProperty("settings");
        Assert.All(["priceTariff1", "priceTariff2", "priceTariff3", "priceTariff4"], name => Assert.Equal(3.5m, settings.GetProperty(name).GetDecimal()));
        Assert.Equal(["balance", "energy-total"], settings.GetProperty("displayItems").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(10, settings.GetProperty("displaySecondsPerItem").GetInt32());
        Assert.Equal(0m, settings.GetProperty("powerLimitKw").GetDecimal());
        Assert.False(settings.GetProperty("neverSwitchOff").GetBoolean());
    }

    [Theory]
    [InlineData("en", "--seconds-per-item", "61", "Seconds per display item is 61; the allowed range is 1 to 60.")]
    [InlineData("uk", "--seconds-per-item", "0", "Секунд на пункт дисплея: значення 0 поза дозволеними межами від 1 до 60.")]
    [InlineData("en", "--energy-decimals", "4", "Energy decimal places is 4; the allowed range is 0 to 3.")]
    [InlineData("en", "--price2", "100000.5", "Price for tariff 2 is 100,000.5; the allowed range is 0 to 100,000.")]
    [InlineData("uk", "--price3", "-1", "Ціна за тарифом 3: значення -1 поза дозволеними межами від 0 до 100 000.")]
    [InlineData("en", "--price4", "1.23456", "Price for tariff 4 is 1.23456; at most 4 decimal places are allowed.")]
    [InlineData("en", "--switch-off-threshold", "15000000.01", "Switch-off threshold is 15,000,000.01; the allowed range is -100,000 to 15,000,000.")]
    public async Task FieldOutOfRangeNamesFieldAndRange(string culture, string option, string value, string message)
    {
        var workspace = new Workspace();

        var result = await workspace.RunAsync(["profiles", "add", "P", "--price1", "1", option, value], culture);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message + Environment.NewLine, result.PlainError);
        Assert.Empty((await workspace.RunAsync("profiles", "list", "--json")).Json.EnumerateArray());
    }

    [Fact]
    public async Task OptionErrorsNameTheOption()
    {
        var workspace = new Workspace();

        var noPrice = await workspace.RunAsync("profiles", "add", "P");
        var badNumber = await workspace.RunAsync("profiles", "add", "P", "--price1", "4,32");
        var badItem = await workspace.RunAsync("profiles", "add", "P", "--price1", "4", "--display-items", "balance,weather");

        Assert.Equal(2, noPrice.ExitCode);
        Assert.Equal("--price1 is required: give the price per kWh of tariff 1." + Environment.NewLine, noPrice.Error);
        Assert.Equal(2, badNumber.ExitCode);
        Assert.StartsWith("--price1: '4,32' is ambiguous", badNumber.Error, StringComparison.Ordinal);
        Assert.Equal(2, badItem.ExitCode);
        Assert.StartsWith("'weather' is not a display item. Accepted: balance, energy-total, energy-per-tariff,", badItem.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditChangesOnlyGivenFields()
    {
        var workspace = new Workspace();
        await workspace.RunAsync("profiles", "add", "Night", "--price1", "4", "--price2", "2", "--no-switch-off-sunday");

        var edited = await workspace.RunAsync("profiles", "edit", "night", "--price2", "1.5", "--name", "Night rate", "--json");
        var shownProfile = await workspace.RunAsync("profiles", "show", "NIGHT RATE");

        Assert.True(edited.ExitCode == 0, edited.ToString());
        var settings = edited.Json.GetProperty("settings");
        Assert.Equal("Night rate", edited.Json.GetProperty("name").GetString());
        Assert.Equal(4m, settings.GetProperty("priceTariff1").GetDecimal());
        Assert.Equal(1.5m, settings.GetProperty("priceTariff2").GetDecimal());
        Assert.True(settings.GetProperty("noSwitchOffOnSunday").GetBoolean());
        Assert.Equal(0, shownProfile.ExitCode);
        Assert.StartsWith("Profile 'Night rate':", shownProfile.Output, StringComparison.Ordinal);
        Assert.Contains("│ Price for tariff 2        │ 1.5", shownProfile.Output, StringComparison.Ordinal);
        Assert.Contains("│ No switch-off on Sunday   │ yes", shownProfile.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamesAreUniqueAndRemovable()
    {
        var workspace = new Workspace();
        await workspace.RunAsync("profiles", "add", "Shop", "--price1", "4");

        var duplicate = await workspace.RunAsync("profiles", "add", "SHOP", "--price1", "5");
        var removed = await workspace.RunAsync("profiles", "remove", "shop");
        var missing = await workspace.RunAsync("profiles", "show", "Shop", "--json");

        Assert.Equal(2, duplicate.ExitCode);
        Assert.Equal("A profile named 'SHOP' already exists; choose another name." + Environment.NewLine, duplicate.Error);
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal("Profile 'Shop' removed." + Environment.NewLine, removed.Output);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("ProfileNotFound", missing.Json.GetProperty("error").GetProperty("code").GetString());
    }
}
