using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OpenPrepaid.Web.Api;

/// <summary>Describes the API as a whole in the OpenAPI document: title, and the X-Api-Key security scheme.</summary>
internal static class ApiDocument
{
    public const string SchemeName = "ApiKey";

    public static Task Describe(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "OpenPrepaid API";
        document.Info.Description =
            "Meters, read jobs, snapshots, charges, profiles, settings writes and the journal of OpenPrepaid. " +
            "Send an API key created by an administrator in the X-Api-Key header. Errors are RFC 7807 problem details.";

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = Identity.ApiKeyService.HeaderName,
            Description = "An API key; its role (viewer, cashier, engineer or administrator) decides what it may do.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] });
        return Task.CompletedTask;
    }
}
