using System.CommandLine;
using OpenPrepaid.Cli.Output;
using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Money;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Cli.Commands;

/// <summary>
/// <c>openprepaid charge SERIAL AMOUNT</c>: tops up (or, with a negative amount, writes off) a meter. Core checks the
/// amount against a fresh read of the balance, the operator confirms, and the result is read back from the meter.
/// </summary>
internal static class ChargeCommand
{
    /// <summary>The replies that confirm a charge, in English and Ukrainian. Any other reply, an empty line included, declines it.</summary>
    private static readonly string[] YesAnswers = ["y", "yes", "т", "так"];

    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var messages = context.Messages;
        var serial = new Argument<string>("serial") { Description = messages["MeterSerialArgument"] };
        var amount = new Argument<string>("amount") { Description = messages["ChargeAmountArgument"] };
        var yes = new Option<bool>("--yes", "-y") { Description = messages["ChargeYesOption"] };
        var key = new Option<string?>("--idempotency-key") { Description = messages["ChargeKeyOption"], HelpName = "KEY" };
        var operatorName = new Option<string?>("--operator") { Description = messages["OperatorOption"], HelpName = "NAME" };
        var command = new Command("charge", messages["ChargeDescription"]) { serial, amount, yes, key, operatorName };

        CommandActions.Set(command, context, globals, async (scope, cancellationToken) =>
        {
            var request = new ChargeArguments(
                scope.Value(serial)!.Trim(),
                scope.Value(amount)!,
                scope.Value(key) ?? Guid.NewGuid().ToString(),
                scope.OperatorName(scope.Value(operatorName)),
                scope.Value(yes));
            return await RunAsync(scope, request, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandScope scope, ChargeArguments arguments, CancellationToken cancellationToken)
    {
        var messages = scope.Messages;
        if (!arguments.Confirmed && scope.Context.IsInputRedirected)
        {
            // Without a terminal the prompt cannot be answered, so a script passes --yes instead of hanging or charging unconfirmed.
            throw new CommandFailedException(ExitCodes.InvalidInput, "ConfirmationNeeded", messages["ChargeNeedsYes"]);
        }

        if (string.IsNullOrWhiteSpace(arguments.IdempotencyKey) || arguments.IdempotencyKey.Length > Charge.MaxIdempotencyKeyLength)
        {
            throw new CommandFailedException(
                ExitCodes.InvalidInput, "IdempotencyKeyInvalid", messages.Format("ChargeKeyInvalid", Charge.MaxIdempotencyKeyLength));
        }

        var host = await scope.HostAsync(cancellationToken).ConfigureAwait(false);
        var charges = host.Get<ChargeService>();
        var preparation = await charges.PrepareAsync(
            arguments.Serial, arguments.AmountText, scope.Culture, arguments.Operator, arguments.IdempotencyKey, cancellationToken).ConfigureAwait(false);

        ChargeOutcome outcome;
        string? currency = null;
        switch (preparation.Status)
        {
            case ChargePreparationStatus.Invalid:
                throw Failure(preparation.Violation!.Code, preparation.Message!);

            case ChargePreparationStatus.AlreadySubmitted:
                // The key was used before, so Core returns that charge's outcome (or a conflict) and sends nothing.
                var parsed = AmountParser.Parse(arguments.AmountText, scope.Culture);
                var repeat = new ChargeRequest(arguments.Serial, parsed.Value, arguments.Operator, arguments.IdempotencyKey);
                outcome = await charges.ConfirmAsync(repeat, scope.Culture, cancellationToken).ConfigureAwait(false);
                break;

            default:
                var proposal = preparation.Proposal!;
                currency = proposal.Currency;
                await ShowProposalAsync(scope, proposal).ConfigureAwait(false);
                if (!arguments.Confirmed && !await AskAsync(scope, cancellationToken).ConfigureAwait(false))
                {
                    throw new CommandFailedException(ExitCodes.Failure, "Declined", messages["ChargeDeclined"]);
                }

                outcome = await charges.ConfirmAsync(proposal.ToRequest(), scope.Culture, cancellationToken).ConfigureAwait(false);
                break;
        }

        return await ReportAsync(scope, outcome, currency ?? outcome.Snapshot?.Reading?.Currency).ConfigureAwait(false);
    }

    private static async Task<int> ReportAsync(CommandScope scope, ChargeOutcome outcome, string? currency)
    {
        if (outcome.Status is ChargeOutcomeStatus.Cancelled or ChargeOutcomeStatus.Conflict || outcome.Charge is not { } charge)
        {
            throw Failure(outcome.Code, outcome.Message);
        }

        if (scope.Json)
        {
            await scope.WriteJsonAsync(ChargeDocument.From(charge, outcome, currency)).ConfigureAwait(false);
        }
        else
        {
            await scope.WriteLineAsync(outcome.Message).ConfigureAwait(false);
        }

        return charge.State == ChargeState.Applied ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>
    /// Builds the failure of a charge stopped by a rule. The exit code is 2 when the operator's input was wrong (the
    /// amount, the meter, the key). It is 1 when the meter or its state stopped the charge (no read, no balance, a
    /// charge still unsettled).
    /// </summary>
    private static CommandFailedException Failure(RuleCode code, string message)
    {
        var exitCode = code is RuleCode.MeterReadFailed or RuleCode.BalanceNotReported or RuleCode.MeterHasUnsettledCharge or RuleCode.ChargeRaced
            ? ExitCodes.Failure
            : ExitCodes.InvalidInput;
        return new CommandFailedException(exitCode, code.ToString(), message);
    }

    private static async Task ShowProposalAsync(CommandScope scope, ChargeProposal proposal)
    {
        var messages = scope.Messages;
        var culture = scope.Culture;
        var unit = proposal.Currency is { Length: > 0 } currency ? " " + currency : string.Empty;
        var kind = messages[proposal.Amount > 0 ? "ChargeKindTopUp" : "ChargeKindWriteOff"];
        (string Label, string Value)[] rows =
        [
            (messages["ConfirmMeter"], proposal.MeterSerial),
            (messages["ConfirmBalance"], Display.Money(proposal.CurrentBalance, culture) + unit),
            (messages["ConfirmAmount"], $"{Display.Amount(proposal.Amount, culture)}{unit} ({kind})"),
            (messages["ConfirmResulting"], Display.Money(proposal.ResultingBalance, culture) + unit),
            (messages["ConfirmKey"], proposal.IdempotencyKey),
        ];

        var width = rows.Max(r => r.Label.Length) + 2;
        foreach (var (label, value) in rows)
        {
            await scope.WriteLineAsync((label + ":").PadRight(width) + value).ConfigureAwait(false);
        }
    }

    /// <summary>Asks the operator; only an explicit yes (y, yes, т, так) confirms.</summary>
    private static async Task<bool> AskAsync(CommandScope scope, CancellationToken cancellationToken)
    {
        var prompt = scope.Json ? scope.Context.Error : scope.Context.Output;
        await prompt.WriteAsync(scope.Messages["ConfirmQuestion"]).ConfigureAwait(false);
        await prompt.FlushAsync(cancellationToken).ConfigureAwait(false);

        var answer = (await scope.Context.Input.ReadLineAsync(cancellationToken).ConfigureAwait(false))?.Trim();
        return answer is not null && YesAnswers.Contains(answer, StringComparer.OrdinalIgnoreCase);
    }
}
