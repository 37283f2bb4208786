using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Register.Import;
using OpenPrepaid.Web.Api.Contracts;
using OpenPrepaid.Web.Identity;
using OpenPrepaid.Web.Resources;

namespace OpenPrepaid.Web.Api;

/// <summary>The meter register: list, get, add, edit, remove and import.</summary>
internal static class MeterEndpoints
{
    /// <summary>Largest import file accepted, 5 MiB: far above a register of thousands of meters.</summary>
    public const int MaxImportBytes = 5 * 1024 * 1024;

    public static void MapMeterEndpoints(this RouteGroupBuilder api)
    {
        var meters = api.MapGroup("/meters").WithTags("Meters");
        meters.MapGet("/", ListAsync).WithSummary("Lists every registered meter, ordered by serial number.");
        meters.MapGet("/{serial}", GetAsync).WithSummary("Returns one meter.");
        meters.MapGet("/{serial}/snapshots", HistoryAsync).WithSummary("Returns the meter's reads in [from, to), oldest first.");
        meters.MapPost("/", AddAsync).RequireAuthorization(Policies.Administer).WithSummary("Adds a meter to the register.");
        meters.MapPut("/{serial}", EditAsync).RequireAuthorization(Policies.Administer).WithSummary("Edits a registered meter.");
        meters.MapDelete("/{serial}", RemoveAsync).RequireAuthorization(Policies.Administer)
            .WithSummary("Removes a meter and its snapshots; its charges and journal entries stay.");
        meters.MapPost("/import", ImportAsync).RequireAuthorization(Policies.Administer)
            .Accepts<string>("text/csv", "application/json")
            .WithSummary("Adds the meters of a CSV file or a JSON fleet file sent as the request body.");
    }

    private static async Task<IResult> ListAsync(MeterRegister register, CancellationToken cancellationToken)
    {
        var meters = await register.ListAsync(cancellationToken);
        return Results.Ok(meters.Select(MeterResponse.From));
    }

    private static async Task<IResult> GetAsync(string serial, MeterRegister register, IStringLocalizer<ApiText> text, CancellationToken cancellationToken)
    {
        var meter = await register.FindAsync(serial, cancellationToken);
        return meter is null ? RuleProblems.NotFound(text, text["Meter"], serial) : Results.Ok(MeterResponse.From(meter));
    }

    private static async Task<IResult> HistoryAsync(
        string serial, DateTimeOffset? from, DateTimeOffset? to, ISnapshotStore snapshots, CancellationToken cancellationToken)
    {
        var end = to ?? DateTimeOffset.UtcNow.AddMinutes(1);
        var start = from ?? end.AddDays(-7);
        var history = await snapshots.GetHistoryAsync(serial, start, end, cancellationToken);
        return Results.Ok(history.Select(s => SnapshotResponse.From(s, CultureInfo.CurrentCulture)));
    }

    private static async Task<IResult> AddAsync(MeterRequest? request, MeterRegister register, IStringLocalizer<ApiText> text, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return RuleProblems.BadField(text, "body", text["Expected_MeterJson"]);
        }

        if (request.ToDraft() is not { } draft)
        {
            return RuleProblems.BadField(text, "tokenKey", text["Expected_HexKey"]);
        }

        var result = await register.AddAsync(draft, cancellationToken);
        return result.Succeeded
            ? Results.Created($"/api/meters/{Uri.EscapeDataString(result.Meter!.Serial)}", MeterResponse.From(result.Meter))
            : RuleProblems.Unprocessable(result.Violations, text);
    }

    private static async Task<IResult> EditAsync(
        string serial, MeterRequest? request, MeterRegister register, IStringLocalizer<ApiText> text, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return RuleProblems.BadField(text, "body", text["Expected_MeterJson"]);
        }

        if (request.ToDraft() is not { } draft)
        {
            return RuleProblems.BadField(text, "tokenKey", text["Expected_HexKey"]);
        }

        var result = await register.UpdateAsync(serial, draft, cancellationToken);
        if (result.Violations.Any(v => v.Code == Core.Rules.RuleCode.MeterNotFound))
        {
            return RuleProblems.NotFound(text, text["Meter"], serial);
        }

        return result.Succeeded ? Results.Ok(MeterResponse.From(result.Meter!)) : RuleProblems.Unprocessable(result.Violations, text);
    }

    private static async Task<IResult> RemoveAsync(string serial, MeterRegister register, IStringLocalizer<ApiText> text, CancellationToken cancellationToken) =>
        await register.RemoveAsync(serial, cancellationToken) ? Results.NoContent() : RuleProblems.NotFound(text, text["Meter"], serial);

    private static async Task<IResult> ImportAsync(
        HttpRequest request, string? format, MeterImporter importer, IStringLocalizer<ApiText> text, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxImportBytes)
        {
            return RuleProblems.BadField(text, "body", text["Expected_ImportSize", MaxImportBytes / 1024 / 1024]);
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var content = await reader.ReadToEndAsync(cancellationToken);
        if (content.Length > MaxImportBytes)
        {
            return RuleProblems.BadField(text, "body", text["Expected_ImportSize", MaxImportBytes / 1024 / 1024]);
        }

        var importFormat = FormatOf(format, request.ContentType, content);
        if (importFormat is null)
        {
            return RuleProblems.BadField(text, "format", text["Expected_ImportFormat"]);
        }

        var report = await importer.ImportAsync(content, importFormat.Value, cancellationToken);
        if (report.FileProblem is { } problem)
        {
            return ApiProblems.Problem(
                StatusCodes.Status422UnprocessableEntity, problem.Code.ToString(), text["Import_Title"], problem.Describe(CultureInfo.CurrentCulture));
        }

        return Results.Ok(ImportResponse.From(report, CultureInfo.CurrentCulture));
    }

    private static MeterImportFormat? FormatOf(string? format, string? contentType, string content)
    {
        if (format is not null)
        {
            return format.ToLowerInvariant() switch
            {
                "csv" => MeterImportFormat.Csv,
                "json" => MeterImportFormat.FleetJson,
                _ => null,
            };
        }

        if (contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            return MeterImportFormat.FleetJson;
        }

        return contentType?.Contains("csv", StringComparison.OrdinalIgnoreCase) == true
            ? MeterImportFormat.Csv
            : MeterImportReader.DetectFormat(null, content);
    }
}
