using Microsoft.Extensions.Localization;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Web.Journal;
using OpenPrepaid.Web.Resources;

namespace OpenPrepaid.Web.Api;

/// <summary>The journal of charges and settings writes, newest first.</summary>
internal static class JournalEndpoints
{
    public static void MapJournalEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/journal", QueryAsync).WithTags("Journal")
            .WithSummary("Returns journal entries newest first, filtered by meter, kind, time range [from, to) and part of the operator name.");
    }

    private static async Task<IResult> QueryAsync(
        string? meter,
        string? kind,
        DateTimeOffset? from,
        DateTimeOffset? to,
        string? @operator,
        int? limit,
        JournalSearch search,
        IStringLocalizer<ApiText> text,
        CancellationToken cancellationToken)
    {
        JournalEntryKind? parsedKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!Enum.TryParse<JournalEntryKind>(kind, ignoreCase: true, out var value) || !Enum.IsDefined(value) || int.TryParse(kind, out _))
            {
                return RuleProblems.BadField(text, "kind", text["Expected_JournalKind", kind, string.Join(", ", Enum.GetNames<JournalEntryKind>())]);
            }

            parsedKind = value;
        }

        if (limit is < 1 or > JournalFilter.MaxLimit)
        {
            return RuleProblems.BadField(text, "limit", text["Expected_Limit", limit, JournalFilter.MaxLimit]);
        }

        var entries = await search.QueryAsync(new JournalFilter(meter, parsedKind, from, to, @operator, limit ?? 200), cancellationToken);
        return Results.Ok(entries);
    }
}
