using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenPrepaid.Core.Rules;
using OpenPrepaid.Web.Resources;

namespace OpenPrepaid.Web.Api;

/// <summary>Problem details for the domain's rule violations, in the request's language.</summary>
internal static class RuleProblems
{
    /// <summary>Returns 422 with every violation's message, grouped by rule code under <c>errors</c>.</summary>
    public static IResult Unprocessable(IReadOnlyList<RuleViolation> violations, IStringLocalizer<ApiText> text)
    {
        var culture = CultureInfo.CurrentCulture;
        var messages = violations.Select(v => v.Describe(culture)).ToList();
        var errors = violations
            .GroupBy(v => v.Code.ToString())
            .ToDictionary(g => g.Key, g => g.Select(v => v.Describe(culture)).ToArray());
        var status = violations.Any(v => v.Code is RuleCode.MeterSerialTaken or RuleCode.ProfileNameTaken)
            ? StatusCodes.Status409Conflict
            : StatusCodes.Status422UnprocessableEntity;
        var code = violations.Count == 1 ? violations[0].Code.ToString() : "rule-violations";
        return ApiProblems.Problem(status, code, text["Rules_Title"], string.Join(" ", messages), errors);
    }

    public static IResult Unprocessable(RuleViolation violation, IStringLocalizer<ApiText> text) => Unprocessable([violation], text);

    /// <summary>Returns 400 naming a missing or malformed request field and how to send it.</summary>
    public static IResult BadField(IStringLocalizer<ApiText> text, string field, string expected) =>
        ApiProblems.Problem(StatusCodes.Status400BadRequest, "bad-field", text["BadField_Title"], text["BadField_Detail", field, expected]);

    public static IResult NotFound(IStringLocalizer<ApiText> text, string what, string id) =>
        ApiProblems.Problem(StatusCodes.Status404NotFound, "not-found", text["NotFound_Title"], text["NotFound_Detail", what, id]);
}
