using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpenPrepaid.Core.Money;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Resources;
using OpenPrepaid.Core.Settings;
using OpenPrepaid.Web.Identity;

namespace OpenPrepaid.Web.Components.Shared;

/// <summary>
/// Adds or edits a profile. Numbers are typed in the operator's culture and parsed by the domain's rules. The
/// domain's profile validator checks the ranges, and its messages name the field and the range.
/// </summary>
public sealed partial class ProfileEditorDialog
{
    private readonly string?[] _prices = new string?[4];
    private readonly Dictionary<string, string> _fieldErrors = [];
    private List<string> _violations = [];
    private string? _name;
    private HashSet<DisplayItems> _items = [];
    private string? _secondsPerItem;
    private string? _energyDecimals;
    private string? _powerLimit;
    private string? _threshold;
    private bool _neverSwitchOff;
    private bool _noSaturday;
    private bool _noSunday;
    private bool _busy;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    /// <summary>The profile to edit, or null to add one.</summary>
    [Parameter]
    public PrepaidProfile? Profile { get; set; }

    [Parameter]
    public PrepaidSettings Initial { get; set; } = ProfileDraft.FromMeter(null);

    private DisplayItems Combined => _items.Aggregate(DisplayItems.None, (all, item) => all | item);

    protected override void OnInitialized()
    {
        var culture = CultureInfo.CurrentCulture;
        var settings = Profile?.Settings ?? Initial;
        _name = Profile?.Name;
        _prices[0] = settings.Prices.Tariff1.ToString("0.####", culture);
        _prices[1] = settings.Prices.Tariff2.ToString("0.####", culture);
        _prices[2] = settings.Prices.Tariff3.ToString("0.####", culture);
        _prices[3] = settings.Prices.Tariff4.ToString("0.####", culture);
        _items = Enum.GetValues<DisplayItems>().Where(i => i is not DisplayItems.None and not DisplayItems.All && settings.Display.Items.HasFlag(i)).ToHashSet();
        _secondsPerItem = settings.Display.SecondsPerItem.ToString(culture);
        _energyDecimals = settings.Display.EnergyDecimals.ToString(culture);
        _powerLimit = settings.Relay.PowerLimitKw.ToString("0.###", culture);
        _threshold = settings.Relay.SwitchOffThreshold.ToString("0.##", culture);
        _neverSwitchOff = settings.Relay.NeverSwitchOff;
        _noSaturday = settings.Relay.NoSwitchOffOnSaturday;
        _noSunday = settings.Relay.NoSwitchOffOnSunday;
    }

    private static string Field(string name) => Messages.Get("Field_" + name, CultureInfo.CurrentUICulture);

    private async Task SaveAsync()
    {
        if (_busy)
        {
            return;
        }

        _fieldErrors.Clear();
        _violations = [];
        var settings = Parse();
        if (settings is null)
        {
            return;
        }

        _busy = true;
        try
        {
            await Access.RequireAsync(Policies.Configure);
            var result = Profile is null
                ? await Profiles.CreateAsync(_name ?? string.Empty, settings, CancellationToken.None)
                : await Profiles.EditAsync(Profile.Id, _name ?? string.Empty, settings, CancellationToken.None);
            if (result.Succeeded)
            {
                MudDialog.Close(DialogResult.Ok(result.Profile));
                return;
            }

            _violations = result.Violations.Select(v => v.Describe(CultureInfo.CurrentCulture)).ToList();
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>Parses every typed number; returns null and fills the field errors when one cannot be read.</summary>
    private PrepaidSettings? Parse()
    {
        var prices = new decimal[4];
        for (var i = 0; i < prices.Length; i++)
        {
            prices[i] = Decimal("price" + i, _prices[i], ProfileValidator.PriceDecimals);
        }

        var seconds = Integer("seconds", _secondsPerItem);
        var decimals = Integer("decimals", _energyDecimals);
        var power = Decimal("power", _powerLimit, ProfileValidator.PowerLimitDecimals);
        var threshold = Decimal("threshold", _threshold, ProfileValidator.ThresholdDecimals);
        if (_fieldErrors.Count > 0)
        {
            return null;
        }

        return new PrepaidSettings(
            new TariffPrices(prices[0], prices[1], prices[2], prices[3]),
            new DisplaySettings(Combined, seconds, decimals),
            new RelayRules(power, threshold, _neverSwitchOff, _noSaturday, _noSunday));
    }

    private decimal Decimal(string key, string? text, int maxDecimals)
    {
        var parsed = DecimalInputParser.Parse(text, CultureInfo.CurrentCulture, maxDecimals);
        if (!parsed.IsValid)
        {
            _fieldErrors[key] = parsed.Violation!.Describe(CultureInfo.CurrentCulture);
        }

        return parsed.Value;
    }

    private int Integer(string key, string? text)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.CurrentCulture, out var value))
        {
            return value;
        }

        _fieldErrors[key] = L["Editor_NotWholeNumber", text ?? string.Empty];
        return 0;
    }
}
