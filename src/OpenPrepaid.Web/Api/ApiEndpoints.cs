using OpenPrepaid.Web.Identity;

namespace OpenPrepaid.Web.Api;

/// <summary>Maps the REST API under /api. Every endpoint needs at least the view policy; writes name a stricter one.</summary>
internal static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapOpenPrepaidApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization(Policies.View).DisableAntiforgery();
        api.MapMeterEndpoints();
        api.MapReadJobEndpoints();
        api.MapSnapshotEndpoints();
        api.MapChargeEndpoints();
        api.MapProfileEndpoints();
        api.MapSettingsWriteEndpoints();
        api.MapJournalEndpoints();
        api.MapApiKeyEndpoints();
        return endpoints;
    }
}
