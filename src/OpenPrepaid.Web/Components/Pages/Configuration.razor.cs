using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Settings;
using OpenPrepaid.Web.Components.Shared;
using OpenPrepaid.Web.Identity;

namespace OpenPrepaid.Web.Components.Pages;

/// <summary>
/// The configuration view: the settings in the focused meter, saved profiles (add, edit, remove) and writing
/// the chosen profile to the selected meters with a per-meter, field-by-field report.
/// </summary>
public sealed partial class Configuration
{
    private List<string> _serials = [];
    private string? _focus;
    private IReadOnlyList<ProfileChoice> _choices = [ProfileChoice.SettingsInMeter];
    private ProfileChoice _choice = ProfileChoice.SettingsInMeter;
    private PrepaidProfile? _profile;
    private MeterSettings? _meterSettings;
    private string? _meterSettingsError;
    private bool _readingSettings;
    private bool _canConfigure;
    private bool _writing;
    private string? _writeMessage;
    private readonly List<ProfileWriteResult> _results = [];

    [SupplyParameterFromQuery(Name = "meters")]
    public string? MetersQuery { get; set; }

    [SupplyParameterFromQuery(Name = "focus")]
    public string? FocusQuery { get; set; }

    [Inject]
    private ProfileService Profiles { get; set; } = default!;

    [Inject]
    private OperatorAccess Access { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _serials = (MetersQuery ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        _focus = !string.IsNullOrWhiteSpace(FocusQuery) && _serials.Contains(FocusQuery) ? FocusQuery : _serials.FirstOrDefault();
        _canConfigure = await Access.AllowsAsync(Policies.Configure);
        _choices = await Profiles.ListChoicesAsync(CancellationToken.None);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The meter is read only once the page is live, so prerendering never starts an exchange.
        if (firstRender && RendererInfo.IsInteractive && _focus is not null)
        {
            await ReadMeterSettingsAsync();
            StateHasChanged();
        }
    }

    private string ChoiceName(ProfileChoice? choice) => choice?.DisplayName(CultureInfo.CurrentUICulture) ?? string.Empty;

    private async Task ChooseAsync(ProfileChoice choice)
    {
        _choice = choice;
        _profile = choice.IsWritable ? await Profiles.FindAsync(choice.ProfileId!.Value, CancellationToken.None) : null;
        if (choice.IsSettingsInMeter && _meterSettings is null && _meterSettingsError is null)
        {
            await ReadMeterSettingsAsync();
        }
    }

    private async Task FocusAsync(string serial)
    {
        _focus = serial;
        _meterSettings = null;
        _meterSettingsError = null;
        if (_choice.IsSettingsInMeter)
        {
            await ReadMeterSettingsAsync();
        }
    }

    private async Task ReadMeterSettingsAsync()
    {
        if (_focus is null)
        {
            return;
        }

        _readingSettings = true;
        StateHasChanged();
        try
        {
            var (settings, error) = await Profiles.ReadMeterSettingsAsync(_focus, CancellationToken.None);
            _meterSettings = settings;
            _meterSettingsError = error is null ? null : L["Config_ReadFailed", _focus, error].Value;
        }
        finally
        {
            _readingSettings = false;
        }
    }

    private async Task AddAsync()
    {
        await Access.RequireAsync(Policies.Configure);
        var initial = _profile?.Settings ?? ProfileDraft.FromMeter(_meterSettings);
        await OpenEditorAsync(null, initial, L["Config_AddTitle"]);
    }

    private async Task EditAsync()
    {
        if (_profile is null)
        {
            return;
        }

        await Access.RequireAsync(Policies.Configure);
        await OpenEditorAsync(_profile, _profile.Settings, L["Config_EditTitle", _profile.Name]);
    }

    private async Task OpenEditorAsync(PrepaidProfile? profile, PrepaidSettings initial, string title)
    {
        var parameters = new DialogParameters<ProfileEditorDialog> { { d => d.Profile, profile }, { d => d.Initial, initial } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, BackdropClick = false };
        var dialog = await Dialogs.ShowAsync<ProfileEditorDialog>(title, parameters, options);
        var result = await dialog.Result;
        if (result?.Data is not PrepaidProfile saved)
        {
            return;
        }

        _choices = await Profiles.ListChoicesAsync(CancellationToken.None);
        _choice = _choices.First(c => c.ProfileId == saved.Id);
        _profile = saved;
        Snackbar.Add(L["Config_Saved", saved.Name], Severity.Success);
    }

    private async Task RemoveAsync()
    {
        if (_profile is not { } profile)
        {
            return;
        }

        await Access.RequireAsync(Policies.Configure);
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            L["Config_RemoveTitle"], L["Config_RemoveQuestion", profile.Name], yesText: L["Config_Remove"], cancelText: L["Common_Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        await Profiles.RemoveAsync(profile.Id, CancellationToken.None);
        _choices = await Profiles.ListChoicesAsync(CancellationToken.None);
        _choice = ProfileChoice.SettingsInMeter;
        _profile = null;
        Snackbar.Add(L["Config_Removed", profile.Name], Severity.Info);
    }

    private async Task WriteAsync()
    {
        if (_writing || _profile is null)
        {
            return;
        }

        var operatorName = await Access.RequireAsync(Policies.Configure);
        _writing = true;
        _writeMessage = null;
        _results.Clear();
        StateHasChanged();
        try
        {
            // Progress is reported from the workflow's threads; each report is handed to the circuit to render.
            var progress = new Progress<ProfileWriteResult>(result => _ = InvokeAsync(() =>
            {
                if (_results.All(r => r.Serial != result.Serial))
                {
                    _results.Add(result);
                }

                StateHasChanged();
            }));
            var batch = await Profiles.WriteAsync(_choice, _serials, operatorName, CultureInfo.CurrentCulture, progress, CancellationToken.None);
            _writeMessage = batch.Message;
            foreach (var result in batch.Results.Where(r => _results.All(x => x.Serial != r.Serial)))
            {
                _results.Add(result);
            }
        }
        finally
        {
            _writing = false;
        }
    }
}
