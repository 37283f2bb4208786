using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Web.Components.Shared;
using OpenPrepaid.Web.Identity;

namespace OpenPrepaid.Web.Components.Pages;

/// <summary>
/// The meters list: read some or all meters with live per-meter progress, click a row for its detail and
/// prepaid view, double-click it for its configuration, and charge the clicked meter.
/// </summary>
public sealed partial class Meters
{
    private List<MeterRow> _rows = [];
    private HashSet<MeterRow> _selected = [];
    private MeterRow? _focused;
    private CancellationTokenSource? _readCancellation;
    private bool _loading = true;
    private bool _reading;
    private bool _cancelled;
    private bool _canCharge;
    private int _completed;
    private int _total;

    [Inject]
    private MeterRegister Register { get; set; } = default!;

    [Inject]
    private ISnapshotStore Snapshots { get; set; } = default!;

    [Inject]
    private ReadService Reads { get; set; } = default!;

    [Inject]
    private OperatorAccess Access { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string ProgressText => _reading
        ? L["Meters_Progress", _completed, _total]
        : _cancelled ? L["Meters_ProgressCancelled", _completed, _total] : L["Meters_ProgressDone", _completed, _total];

    protected override async Task OnInitializedAsync()
    {
        _canCharge = await Access.AllowsAsync(Policies.Charge);
        var meters = await Register.ListAsync(CancellationToken.None);
        var latest = await Snapshots.GetLatestAllAsync(CancellationToken.None);
        _rows = meters.Select(m => new MeterRow(m, latest.GetValueOrDefault(m.Serial))).ToList();
        _loading = false;
    }

    private Task ReadSelectedAsync() => ReadAsync(_selected.Select(r => r.Serial).ToList());

    private Task ReadAllAsync() => ReadAsync(null);

    /// <summary>Reads the given meters (all when null), filling each row in as its meter finishes.</summary>
    private async Task ReadAsync(IReadOnlyCollection<string>? serials)
    {
        await Access.RequireAsync(Policies.View);
        _readCancellation?.Dispose();
        _readCancellation = new CancellationTokenSource();
        var included = serials is null ? _rows : _rows.Where(r => serials.Contains(r.Serial)).ToList();
        foreach (var row in included)
        {
            row.Pending = true;
        }

        _reading = true;
        _cancelled = false;
        _completed = 0;
        _total = serials?.Count ?? _rows.Count;
        StateHasChanged();

        try
        {
            var reports = serials is null ? Reads.ReadAllAsync(_readCancellation.Token) : Reads.ReadAsync(serials, _readCancellation.Token);
            await foreach (var report in reports)
            {
                if (_rows.FirstOrDefault(r => r.Serial == report.Serial) is { } row)
                {
                    row.Snapshot = report.Snapshot;
                    row.Pending = false;
                }

                _completed = report.Completed;
                _total = report.Total;
                StateHasChanged();
            }
        }
        catch (OperationCanceledException) when (_readCancellation.IsCancellationRequested)
        {
            _cancelled = true;
            Snackbar.Add(L["Meters_ReadCancelled", _completed, _total], Severity.Warning);
        }
        finally
        {
            foreach (var row in included)
            {
                row.Pending = false;
            }

            _reading = false;
        }
    }

    private void CancelRead() => _readCancellation?.Cancel();

    private Task OnRowClickAsync(DataGridRowClickEventArgs<MeterRow> args)
    {
        _focused = args.Item;

        // The second click of a double click arrives with a click count of 2.
        if (args.MouseEventArgs.Detail >= 2)
        {
            OpenConfiguration();
        }

        return Task.CompletedTask;
    }

    private async Task OpenChargeAsync()
    {
        if (_focused is not { } row)
        {
            return;
        }

        await Access.RequireAsync(Policies.Charge);
        var parameters = new DialogParameters<ChargeDialog> { { d => d.Serial, row.Serial }, { d => d.Snapshot, row.Snapshot } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false };
        var dialog = await Dialogs.ShowAsync<ChargeDialog>(L["Charge_Title", row.Serial], parameters, options);
        var result = await dialog.Result;
        if (result?.Data is MeterSnapshot readBack)
        {
            row.Snapshot = readBack;
        }
        else if (await Snapshots.GetLatestAsync(row.Serial, CancellationToken.None) is { } latest)
        {
            row.Snapshot = latest;
        }
    }

    private void OpenConfiguration()
    {
        var serials = _selected.Select(r => r.Serial).ToList();
        if (_focused is { } focused && !serials.Contains(focused.Serial))
        {
            serials.Insert(0, focused.Serial);
        }

        var focus = _focused?.Serial ?? serials.FirstOrDefault();
        Navigation.NavigateTo($"/configuration?meters={Uri.EscapeDataString(string.Join(",", serials))}&focus={Uri.EscapeDataString(focus ?? string.Empty)}");
    }

    private string RowClass(MeterRow row, int index) => row == _focused ? "meter-row-focused" : string.Empty;

    private static string StatusClass(MeterRow row) => row.Snapshot?.Status switch
    {
        ReadStatus.Ok => "status-ok",
        ReadStatus.Failed => "status-error",
        _ => string.Empty,
    };

    /// <summary>Serial, model and memo show at once; every other cell shows "?" until the meter has been read successfully.</summary>
    private static string CellOrUnknown(MeterRow row, Func<MeterReading, string> format) =>
        row.Reading is { } reading ? format(reading) : "?";

    public void Dispose()
    {
        _readCancellation?.Cancel();
        _readCancellation?.Dispose();
    }
}
