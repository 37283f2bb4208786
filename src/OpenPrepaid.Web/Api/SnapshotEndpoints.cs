using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Web.Api.Contracts;
using OpenPrepaid.Web.Resources;

namespace OpenPrepaid.Web.Api;

/// <summary>The latest read of each meter.</summary>
internal static class SnapshotEndpoints
{
    public static void MapSnapshotEndpoints(this RouteGroupBuilder api)
    {
        var snapshots = api.MapGroup("/snapshots").WithTags("Snapshots");
        snapshots.MapGet("/", LatestAllAsync).WithSummary("Returns the latest read of every meter that has been read.");
        snapshots.MapGet("/{serial}", LatestAsync).WithSummary("Returns the latest read of one meter.");
    }

    private static async Task<IResult> LatestAllAsync(ISnapshotStore snapshots, CancellationToken cancellationToken)
    {
        var latest = await snapshots.GetLatestAllAsync(cancellationToken);
        return Results.Ok(latest.Values.OrderBy(s => s.Serial, StringComparer.Ordinal).Select(s => SnapshotResponse.From(s, CultureInfo.CurrentCulture)));
    }

    private static async Task<IResult> LatestAsync(string serial, ISnapshotStore snapshots, IStringLocalizer<ApiText> text, CancellationToken cancellationToken)
    {
        var latest = await snapshots.GetLatestAsync(serial, cancellationToken);
        return latest is null
            ? RuleProblems.NotFound(text, text["Snapshot"], serial)
            : Results.Ok(SnapshotResponse.From(latest, CultureInfo.CurrentCulture));
    }
}
