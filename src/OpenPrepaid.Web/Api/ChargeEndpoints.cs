using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenPrepaid.Core.Charges;
using OpenPrepaid.Web.Api.Contracts;
using OpenPrepaid.Web.Identity;
using OpenPrepaid.Web.Resources;

namespace OpenPrepaid.Web.Api;

/// <summary>
/// Charges in two steps, as in the console: prepare checks the amount against a fresh read of the balance,
/// confirm carries it out. Confirm needs an Idempotency-Key header: repeating a request with the same key
/// returns the first request's charge and never sends a second token.
/// </summary>
internal static class ChargeEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void MapChargeEndpoints(this RouteGroupBuilder api)
    {
        var charges = api.MapGroup("/charges").WithTags("Charges");
        charges.MapPost("/prepare", PrepareAsync).RequireAuthorization(Policies.Charge)
            .WithSummary("Reads the meter's balance and checks the amount and the resulting balance; sends nothing.");
        charges.MapPost("/confirm", ConfirmAsync).RequireAuthorization(Policies.Charge)
            .WithSummary("Tops up (positive amount) or writes off (negative) a meter; needs an Idempotency-Key header.");
        charges.MapGet("/{id:guid}", GetAsync).WithSummary("Returns one charge.");
        charges.MapGet("/", ListAsync).WithSummary("Lists charges newest first, of one meter or of all.");
    }

    private static async Task<IResult> PrepareAsync(
        ChargePrepareRequest? request,
        [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        ClaimsPrincipal user,
        ChargeService charges,
        IStringLocalizer<ApiText> text,
        CancellationToken cancellationToken)
    {
        if (Check(request?.MeterSerial, request?.Amount, text) is { } bad)
        {
            return bad;
        }

        var key = string.IsNullOrWhiteSpace(idempotencyKey) ? Guid.NewGuid().ToString() : idempotencyKey.Trim();
        if (key.Length > Charge.MaxIdempotencyKeyLength)
        {
            return RuleProblems.BadField(text, IdempotencyHeader, text["Expected_IdempotencyKey", Charge.MaxIdempotencyKeyLength]);
        }

        var amountText = request!.Amount!.Value.ToString(CultureInfo.InvariantCulture);
        var preparation = await charges.PrepareAsync(
            request.MeterSerial!.Trim(), amountText, CultureInfo.InvariantCulture, user.Identity!.Name!, key, cancellationToken);
        return preparation.Status switch
        {
            ChargePreparationStatus.Ready => Results.Ok(ChargeProposalResponse.From(preparation.Proposal!)),
            ChargePreparationStatus.AlreadySubmitted => ApiProblems.Problem(
                StatusCodes.Status409Conflict, "ChargeAlreadySubmitted", text["Charge_Title"], Localized(preparation, request.MeterSerial!, text)),
            _ => RuleProblems.Unprocessable(preparation.Violation!, text),
        };
    }

    private static async Task<IResult> ConfirmAsync(
        ChargeConfirmRequest? request,
        [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        ClaimsPrincipal user,
        ChargeService charges,
        IStringLocalizer<ApiText> text,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Trim().Length > Charge.MaxIdempotencyKeyLength)
        {
            return RuleProblems.BadField(text, IdempotencyHeader, text["Expected_IdempotencyKey", Charge.MaxIdempotencyKeyLength]);
        }

        if (Check(request?.MeterSerial, request?.Amount, text) is { } bad)
        {
            return bad;
        }

        var culture = CultureInfo.CurrentCulture;
        var chargeRequest = new ChargeRequest(request!.MeterSerial!.Trim(), request.Amount!.Value, user.Identity!.Name!, idempotencyKey.Trim());
        var outcome = await charges.ConfirmAsync(chargeRequest, culture, cancellationToken);
        return outcome.Status switch
        {
            ChargeOutcomeStatus.Cancelled => ApiProblems.Problem(
                StatusCodes.Status422UnprocessableEntity, outcome.Code.ToString(), text["Charge_Title"], outcome.Message),
            ChargeOutcomeStatus.Conflict => ApiProblems.Problem(
                StatusCodes.Status409Conflict, outcome.Code.ToString(), text["Charge_Title"], outcome.Message),
            _ => Results.Ok(ChargeOutcomeResponse.From(outcome, culture)),
        };
    }

    private static async Task<IResult> GetAsync(Guid id, ChargeService charges, IStringLocalizer<ApiText> text, CancellationToken cancellationToken)
    {
        var charge = await charges.FindAsync(id, cancellationToken);
        return charge is null ? RuleProblems.NotFound(text, text["Charge"], id.ToString()) : Results.Ok(ChargeResponse.From(charge));
    }

    private static async Task<IResult> ListAsync(string? meter, int? limit, ChargeService charges, CancellationToken cancellationToken)
    {
        var list = await charges.ListAsync(string.IsNullOrWhiteSpace(meter) ? null : meter.Trim(), Math.Clamp(limit ?? 100, 1, 1000), cancellationToken);
        return Results.Ok(list.Select(ChargeResponse.From));
    }

    private static IResult? Check(string? serial, decimal? amount, IStringLocalizer<ApiText> text)
    {
        if (string.IsNullOrWhiteSpace(serial))
        {
            return RuleProblems.BadField(text, "meterSerial", text["Expected_MeterSerial"]);
        }

        return amount is null ? RuleProblems.BadField(text, "amount", text["Expected_Amount"]) : null;
    }

    /// <summary>The preparation's message is in the invariant culture (the amount came as a JSON number), so it is described again in the request's.</summary>
    private static string Localized(ChargePreparation preparation, string serial, IStringLocalizer<ApiText> text) =>
        preparation.ExistingCharge is { } existing
            ? text["Charge_AlreadySubmitted", existing.Id, existing.State]
            : preparation.Message ?? serial;
}
