using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using OpenPrepaid.Web.Identity;

namespace OpenPrepaid.Web.Components.Pages;

/// <summary>User administration: add users with a one-time password, change roles, reset passwords, remove users, and API keys.</summary>
public sealed partial class Users
{
    private IReadOnlyList<OperatorSummary> _users = [];
    private readonly Dictionary<string, IReadOnlyCollection<string>> _roleEdits = [];
    private IReadOnlyCollection<string> _newRoles = [Roles.Viewer];
    private string? _newUserName;
    private string? _secretNotice;
    private string? _secret;
    private string? _self;
    private List<string> _errors = [];
    private bool _busy;

    [Inject]
    private OperatorDirectory Directory { get; set; } = default!;

    [Inject]
    private OperatorAccess Access { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _self = (await Authentication.GetAuthenticationStateAsync()).User.Identity?.Name;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _users = await Directory.ListAsync();
        _roleEdits.Clear();
        foreach (var user in _users)
        {
            _roleEdits[user.Id] = user.Roles;
        }
    }

    private Task CreateAsync() => RunAsync(async by =>
    {
        var result = await Directory.CreateAsync(_newUserName ?? string.Empty, _newRoles, by);
        if (result.Succeeded)
        {
            Show(L["Users_Created", _newUserName!.Trim()], result.OneTimePassword!);
            _newUserName = null;
        }

        return result;
    });

    private Task SaveRolesAsync(OperatorSummary user) => RunAsync(by => Directory.SetRolesAsync(user.Id, _roleEdits[user.Id], by));

    private Task ResetAsync(OperatorSummary user) => RunAsync(async by =>
    {
        var result = await Directory.ResetPasswordAsync(user.Id, by);
        if (result.Succeeded)
        {
            Show(L["Users_ResetDone", user.UserName], result.OneTimePassword!);
        }

        return result;
    });

    private async Task RemoveAsync(OperatorSummary user)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["Users_RemoveTitle"], L["Users_RemoveQuestion", user.UserName], yesText: L["Users_Remove"], cancelText: L["Common_Cancel"]);
        if (confirmed == true)
        {
            await RunAsync(by => Directory.RemoveAsync(user.Id, by));
        }
    }

    private void ShowKey((string Notice, string Secret) created) => Show(created.Notice, created.Secret);

    private void Show(string notice, string secret)
    {
        _secretNotice = notice;
        _secret = secret;
    }

    private async Task RunAsync(Func<string, Task<DirectoryResult>> step)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _errors = [];
        try
        {
            var by = await Access.RequireAsync(Policies.Administer);
            var result = await step(by);
            _errors = result.ErrorCodes.Select(code => L["Identity_" + code] is { ResourceNotFound: false } text ? text.Value : L["Identity_Other", code].Value).ToList();
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
