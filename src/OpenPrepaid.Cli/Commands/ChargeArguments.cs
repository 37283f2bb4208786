namespace OpenPrepaid.Cli.Commands;

/// <summary>The parsed command line of <c>charge</c>.</summary>
/// <param name="AmountText">The amount as typed, parsed by Core in the culture of <c>--culture</c>.</param>
/// <param name="Confirmed">True with <c>--yes</c>: the charge is sent without asking.</param>
internal sealed record ChargeArguments(string Serial, string AmountText, string IdempotencyKey, string Operator, bool Confirmed);
