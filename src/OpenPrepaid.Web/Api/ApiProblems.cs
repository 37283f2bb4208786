using Microsoft.AspNetCore.Mvc;

namespace OpenPrepaid.Web.Api;

/// <summary>Builds RFC 7807 problem details; every detail names the bad value and what to do instead.</summary>
internal static class ApiProblems
{
    /// <summary>The type URI of each problem points at its section of the API documentation.</summary>
    public const string TypeBase = "https://openprepaid.invalid/docs/api#";

    public static IResult Problem(int status, string code, string title, string detail, IDictionary<string, string[]>? errors = null)
    {
        var problem = Create(status, code, title, detail);
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors;
        }

        return Results.Problem(problem);
    }

    public static ProblemDetails Create(int status, string code, string title, string detail)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Type = TypeBase + code,
            Title = title,
            Detail = detail,
        };
        problem.Extensions["code"] = code;
        return problem;
    }

    /// <summary>Writes a problem outside an endpoint, from authentication events and handlers.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string code, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Response.StatusCode = status;
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await service.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = Create(status, code, title, detail) });
    }
}
