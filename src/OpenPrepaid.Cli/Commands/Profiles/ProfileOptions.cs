using System.CommandLine;
using OpenPrepaid.Cli.Output;
using OpenPrepaid.Core.Money;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Cli.Commands.Profiles;

/// <summary>
/// One option per profile field, for <c>profiles add</c> and <c>profiles edit</c>. Numbers are read in the culture of
/// <c>--culture</c>; Core checks the ranges and names the field in its message. On edit, an option left out keeps the
/// saved value.
/// </summary>
internal sealed class ProfileOptions
{
    /// <summary>
    /// Decimal places the parser lets through, above every field's own limit, so that Core rather than the parser
    /// reports too many decimals, naming the field and its limit.
    /// </summary>
    private const int ParserDecimals = 10;

    /// <summary>The display cycle of a new profile without <c>--display-items</c>: the balance and the total energy.</summary>
    private const DisplayItems DefaultItems = DisplayItems.Balance | DisplayItems.EnergyTotal;

    private const int DefaultSecondsPerItem = 10;
    private const int DefaultEnergyDecimals = 2;

    public ProfileOptions(Messages messages)
    {
        Prices = [.. Enumerable.Range(1, 4).Select(tariff => new Option<string?>($"--price{tariff}")
        {
            Description = messages.Format(tariff == 1 ? "ProfilePrice1Option" : "ProfilePriceOption", tariff),
            HelpName = "PRICE",
        })];
        Items = new Option<string?>("--display-items")
        {
            Description = messages.Format("ProfileDisplayItemsOption", string.Join(", ", DisplayItemNames.Items.Select(i => i.Name)), DisplayItemNames.All),
            HelpName = "ITEM,...",
        };
        SecondsPerItem = new Option<int?>("--seconds-per-item") { Description = messages["ProfileSecondsOption"], HelpName = "SECONDS" };
        EnergyDecimals = new Option<int?>("--energy-decimals") { Description = messages["ProfileDecimalsOption"], HelpName = "N" };
        PowerLimit = new Option<string?>("--power-limit") { Description = messages["ProfilePowerLimitOption"], HelpName = "KW" };
        SwitchOffThreshold = new Option<string?>("--switch-off-threshold") { Description = messages["ProfileThresholdOption"], HelpName = "AMOUNT" };
        NeverSwitchOff = new Option<bool?>("--never-switch-off") { Description = messages["ProfileNeverSwitchOffOption"] };
        NoSwitchOffOnSaturday = new Option<bool?>("--no-switch-off-saturday") { Description = messages["ProfileSaturdayOption"] };
        NoSwitchOffOnSunday = new Option<bool?>("--no-switch-off-sunday") { Description = messages["ProfileSundayOption"] };
    }

    /// <summary><c>--price1</c> to <c>--price4</c>: price per kWh of tariffs 1 to 4.</summary>
    public IReadOnlyList<Option<string?>> Prices { get; }

    public Option<string?> Items { get; }

    public Option<int?> SecondsPerItem { get; }

    public Option<int?> EnergyDecimals { get; }

    public Option<string?> PowerLimit { get; }

    public Option<string?> SwitchOffThreshold { get; }

    public Option<bool?> NeverSwitchOff { get; }

    public Option<bool?> NoSwitchOffOnSaturday { get; }

    public Option<bool?> NoSwitchOffOnSunday { get; }

    public void AddTo(Command command)
    {
        foreach (var price in Prices)
        {
            command.Options.Add(price);
        }

        foreach (var option in new Option[] { Items, SecondsPerItem, EnergyDecimals, PowerLimit, SwitchOffThreshold, NeverSwitchOff, NoSwitchOffOnSaturday, NoSwitchOffOnSunday })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Builds the settings of a new profile. Tariffs 2 to 4 cost what tariff 1 costs unless their price is given.</summary>
    public PrepaidSettings NewSettings(CommandScope scope)
    {
        var price1 = Decimal(scope, Prices[0]) ?? throw new CommandFailedException(
            ExitCodes.InvalidInput, "PriceRequired", scope.Messages["ProfilePriceRequired"]);
        var defaults = new PrepaidSettings(
            new TariffPrices(price1, price1, price1, price1),
            new DisplaySettings(DefaultItems, DefaultSecondsPerItem, DefaultEnergyDecimals),
            new RelayRules(0m, 0m, false, false, false));
        return Apply(scope, defaults);
    }

    /// <summary>Returns the saved settings changed by the options given.</summary>
    public PrepaidSettings Apply(CommandScope scope, PrepaidSettings current)
    {
        var prices = current.Prices;
        var display = current.Display;
        var relay = current.Relay;
        return new PrepaidSettings(
            new TariffPrices(
                Decimal(scope, Prices[0]) ?? prices.Tariff1,
                Decimal(scope, Prices[1]) ?? prices.Tariff2,
                Decimal(scope, Prices[2]) ?? prices.Tariff3,
                Decimal(scope, Prices[3]) ?? prices.Tariff4),
            new DisplaySettings(
                ParseItems(scope) ?? display.Items,
                scope.Value(SecondsPerItem) ?? display.SecondsPerItem,
                scope.Value(EnergyDecimals) ?? display.EnergyDecimals),
            new RelayRules(
                Decimal(scope, PowerLimit) ?? relay.PowerLimitKw,
                Decimal(scope, SwitchOffThreshold) ?? relay.SwitchOffThreshold,
                scope.Value(NeverSwitchOff) ?? relay.NeverSwitchOff,
                scope.Value(NoSwitchOffOnSaturday) ?? relay.NoSwitchOffOnSaturday,
                scope.Value(NoSwitchOffOnSunday) ?? relay.NoSwitchOffOnSunday));
    }

    private static decimal? Decimal(CommandScope scope, Option<string?> option)
    {
        if (scope.Value(option) is not { } text)
        {
            return null;
        }

        var parsed = DecimalInputParser.Parse(text, scope.Culture, ParserDecimals);
        if (parsed.IsValid)
        {
            return parsed.Value;
        }

        throw new CommandFailedException(
            ExitCodes.InvalidInput, parsed.Violation!.Code.ToString(), $"{option.Name}: {parsed.Violation.Describe(scope.Culture)}");
    }

    private DisplayItems? ParseItems(CommandScope scope)
    {
        if (scope.Value(Items) is not { } text)
        {
            return null;
        }

        var (items, unknown) = DisplayItemNames.Parse(text);
        if (items is { } known)
        {
            return known;
        }

        var accepted = string.Join(", ", DisplayItemNames.Items.Select(i => i.Name)) + ", " + DisplayItemNames.All;
        throw new CommandFailedException(ExitCodes.InvalidInput, "DisplayItemUnknown", scope.Messages.Format("ProfileDisplayItemUnknown", unknown, accepted));
    }
}
